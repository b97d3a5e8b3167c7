import type { ObservedCall } from '../capture/observed-call';
import type { CaptureRecord, ChisoDatabase } from './database';

const REPORTING_PREFIX = '/api/v1/reporting/';

/** `evaluation/transparency` for `https://…/api/v1/reporting/evaluation/transparency?x=1`. */
export function endpointOf(url: string): string {
  const { pathname } = new URL(url);
  const at = pathname.indexOf(REPORTING_PREFIX);
  return at === -1 ? pathname : pathname.slice(at + REPORTING_PREFIX.length);
}

export async function sha256Hex(text: string): Promise<{ hex: string; bytes: number }> {
  const data = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', data);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return { hex, bytes: data.byteLength };
}

/** Stores the capture header and its raw payload in one transaction: both or neither. */
export async function storeObservedCall(
  db: ChisoDatabase,
  call: ObservedCall,
  pageUrl: string,
  now: () => Date = () => new Date(),
): Promise<CaptureRecord> {
  const { hex, bytes } = await sha256Hex(call.responseText);
  const header: Omit<CaptureRecord, 'id'> = {
    endpoint: endpointOf(call.url),
    url: call.url,
    method: call.method,
    requestBody: call.requestBody,
    status: call.status,
    contentType: call.contentType,
    observedAt: call.observedAt,
    storedAt: now().toISOString(),
    pageUrl,
    sha256: hex,
    bytes,
  };
  return db.transaction('rw', db.captures, db.payloads, async () => {
    const id = await db.captures.add(header as CaptureRecord);
    await db.payloads.add({ captureId: id, responseText: call.responseText });
    return { ...header, id };
  });
}

export interface EndpointSummary {
  endpoint: string;
  count: number;
  lastObservedAt: string;
  lastPageUrl: string;
}

export interface CapturesSummary {
  total: number;
  lastObservedAt: string | null;
  endpoints: EndpointSummary[];
}

export async function summarizeCaptures(db: ChisoDatabase): Promise<CapturesSummary> {
  const byEndpoint = new Map<string, EndpointSummary>();
  let lastObservedAt: string | null = null;
  let total = 0;
  // Headers are small (no payload), so one pass in observedAt order is enough.
  await db.captures.orderBy('observedAt').each((capture) => {
    total++;
    lastObservedAt = capture.observedAt;
    const entry = byEndpoint.get(capture.endpoint);
    if (entry) {
      entry.count++;
      entry.lastObservedAt = capture.observedAt;
      entry.lastPageUrl = capture.pageUrl;
    } else {
      byEndpoint.set(capture.endpoint, {
        endpoint: capture.endpoint,
        count: 1,
        lastObservedAt: capture.observedAt,
        lastPageUrl: capture.pageUrl,
      });
    }
  });
  const endpoints = [...byEndpoint.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
  return { total, lastObservedAt, endpoints };
}

export async function listCaptures(db: ChisoDatabase, limit: number): Promise<CaptureRecord[]> {
  return db.captures.orderBy('observedAt').reverse().limit(limit).toArray();
}

export async function rawPayload(db: ChisoDatabase, captureId: number): Promise<string | null> {
  const payload = await db.payloads.get(captureId);
  return payload?.responseText ?? null;
}
