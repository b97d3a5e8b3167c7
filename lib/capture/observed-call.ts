/**
 * What the portal tap saw of one API call, exactly as the page got it.
 * This is the contract between the tap (page MAIN world), the bridge (isolated
 * content script) and the background; the background validates it again with zod.
 */
export interface ObservedCall {
  /** Absolute URL of the request. */
  url: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The request body as text (the portal sends JSON); null when there was none or it was not text. */
  requestBody: string | null;
  /** HTTP status; 0 when the request failed before a response arrived. */
  status: number;
  contentType: string | null;
  /** The response body, byte-for-byte as text. */
  responseText: string;
  /** ISO 8601 instant at which the response was complete. */
  observedAt: string;
  /**
   * Set when the response was over MAX_RESPONSE_CHARS: its length, the body then being
   * dropped (`responseText` empty) so the official is still told rather than left guessing.
   */
  oversizeChars?: number;
}

/** The envelope the tap posts to its own window; the bridge accepts nothing else. */
export interface TapEnvelope {
  source: typeof TAP_SOURCE;
  version: typeof TAP_VERSION;
  call: ObservedCall;
}

export const TAP_SOURCE = 'chiso766:tap';
export const TAP_VERSION = 1;

/**
 * The largest response the bridge forwards. The biggest real capture (dossier-digitized,
 * 163 units) is ~300 KB; 8 MB leaves room for provinces with many more units while
 * keeping a hostile or broken page from flooding the background.
 */
export const MAX_RESPONSE_CHARS = 8 * 1024 * 1024;
export const MAX_REQUEST_CHARS = 64 * 1024;
export const MAX_URL_CHARS = 2048;
