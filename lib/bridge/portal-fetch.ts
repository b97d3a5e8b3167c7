import { isReportingCall, reportingUrl } from '../portal/site';
import type { PortalFetchReply, PortalFetchRequest } from '../protocol/to-tab';

export const PORTAL_FETCH_TIMEOUT_MS = 30_000;

/**
 * One POST from the portal page's own origin, in the official's own session, with the same
 * JSON content type the page uses. Only the portal's reporting API can be asked for; the
 * background can never make this script fetch anything else.
 */
export async function portalFetch(
  request: PortalFetchRequest,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PORTAL_FETCH_TIMEOUT_MS,
): Promise<PortalFetchReply> {
  const url = reportingUrl(new URL(pageHref).origin, request.endpoint);
  if (!isReportingCall(url, 'POST', pageHref)) {
    return { ok: false, error: 'not a reporting API URL of this page', timeout: false };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' },
      body: request.body,
      credentials: 'same-origin',
      signal: controller.signal,
    });
    const responseText = await response.text();
    return {
      ok: true,
      status: response.status,
      contentType: response.headers.get('content-type'),
      responseText,
      observedAt: new Date().toISOString(),
    };
  } catch (error) {
    return { ok: false, error: String(error), timeout: controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
}
