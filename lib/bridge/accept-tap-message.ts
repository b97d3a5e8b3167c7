import {
  MAX_REQUEST_CHARS,
  MAX_RESPONSE_CHARS,
  MAX_URL_CHARS,
  type ObservedCall,
  TAP_SOURCE,
  TAP_VERSION,
} from '../capture/observed-call';

/**
 * The isolated-world gate for what the page-side tap posts. Any script on the portal page can
 * post the same envelope, so passing here means "well-formed and small", not "trustworthy":
 * the background validates again with zod and treats the call as untrusted portal data.
 * Hand-written checks instead of zod keep the content script small.
 */

/**
 * Method, content type and timestamp are short by nature; the cap only stops a hostile page
 * from smuggling megabytes through them. The background's schema is the precise contract.
 */
const MAX_SHORT_CHARS = 256;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isTextOrNull(value: unknown, max: number): value is string | null {
  return value === null || isText(value, max);
}

export function acceptTapMessage(
  event: MessageEvent,
  win: { location: { origin: string } } & object,
): ObservedCall | null {
  try {
    // Only our own window: not a frame, not an opener, not another origin.
    if (event.source !== win || event.origin !== win.location.origin) return null;
    const data: unknown = event.data;
    if (!isRecord(data) || data.source !== TAP_SOURCE || data.version !== TAP_VERSION) return null;
    const call = data.call;
    if (!isRecord(call)) return null;
    const { url, method, requestBody, status, contentType, responseText, observedAt } = call;
    if (
      !isText(url, MAX_URL_CHARS) ||
      !isText(method, MAX_SHORT_CHARS) ||
      !isTextOrNull(requestBody, MAX_REQUEST_CHARS) ||
      typeof status !== 'number' ||
      !Number.isInteger(status) ||
      status < 0 ||
      status > 999 ||
      !isTextOrNull(contentType, MAX_SHORT_CHARS) ||
      typeof responseText !== 'string' ||
      !isText(observedAt, MAX_SHORT_CHARS)
    ) {
      return null;
    }
    // A fresh object: nothing extra the page added travels on to the background.
    const fields = { url, method, requestBody, status, contentType, observedAt };
    if (responseText.length > MAX_RESPONSE_CHARS) {
      // Too big to forward; the background records that it came, and how big it was.
      return { ...fields, responseText: '', oversizeChars: responseText.length };
    }
    return { ...fields, responseText };
  } catch {
    // A MessageEvent built by page script (not posted) can carry getters that throw; a bad
    // message is just dropped.
    return null;
  }
}
