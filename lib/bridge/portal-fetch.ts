import { isReportingCall } from '../capture/observed-call';

/** Asked of the bridge by the background during "capture all". */
export interface PortalFetchRequest {
  type: 'portal:fetch';
  url: string;
  body: string;
}

export type PortalFetchReply =
  | {
      ok: true;
      status: number;
      contentType: string | null;
      responseText: string;
      observedAt: string;
    }
  | { ok: false; error: string; timeout: boolean };

export const PORTAL_FETCH_TIMEOUT_MS = 30_000;

export function isPortalFetchRequest(message: unknown): message is PortalFetchRequest {
  const m = message as Partial<PortalFetchRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'portal:fetch' &&
    typeof m.url === 'string' &&
    typeof m.body === 'string'
  );
}

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
  if (!isReportingCall(request.url, 'POST', pageHref)) {
    return { ok: false, error: 'not a reporting API URL of this page', timeout: false };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(new URL(request.url, pageHref).href, {
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
