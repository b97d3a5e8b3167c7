/**
 * Where the portal lives and which of its calls carry the 766 index. Nothing else in the
 * extension names the portal's host or API path: a move of either is a change here only.
 * Dependency-free on purpose, because the tap injected into the portal page imports it.
 */

export const PORTAL_HOST = 'dichvucong.gov.vn';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;
/** Match pattern of the portal's pages, for the manifest and the content scripts. */
export const PORTAL_MATCHES: string[] = [`${PORTAL_ORIGIN}/*`];
/** The page "Đánh giá chất lượng phục vụ", where the index is published. */
export const PORTAL_ASSESSMENT_URL = `${PORTAL_ORIGIN}/danh-gia-chat-luong-phuc-vu`;

/** Every call that publishes the index is a POST below this path. */
const REPORTING_PATH = '/api/v1/reporting/';

export function isPortalUrl(url: string | undefined): boolean {
  return url?.startsWith(`${PORTAL_ORIGIN}/`) ?? false;
}

/**
 * Only the portal's own reporting API POSTs are read (same origin as the page when `base` is
 * given); nothing else the page loads is looked at.
 */
export function isReportingCall(url: string, method: string, base?: string): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  try {
    const parsed = new URL(url, base);
    if (base !== undefined && parsed.origin !== new URL(base).origin) return false;
    return parsed.pathname.startsWith(REPORTING_PATH);
  } catch {
    return false;
  }
}

/**
 * The endpoint a reporting URL names, as the path below the reporting root
 * (`evaluation/transparency` for `https://…/api/v1/reporting/evaluation/transparency?x=1`);
 * the whole path for any other URL, so nothing is silently renamed.
 */
export function reportingEndpointOf(url: string): string {
  const { pathname } = new URL(url, PORTAL_ORIGIN);
  const at = pathname.indexOf(REPORTING_PATH);
  return at === -1 ? pathname : pathname.slice(at + REPORTING_PATH.length);
}

/** The URL of a reporting endpoint on the portal the page was served from. */
export function reportingUrl(origin: string, endpoint: string): string {
  return `${origin}${REPORTING_PATH}${endpoint}`;
}
