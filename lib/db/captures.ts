import type { Subject } from '../model/groups';
import type { CaptureRecord, ChisoDatabase } from './database';

export async function sha256Hex(text: string): Promise<{ hex: string; bytes: number }> {
  const data = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', data);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return { hex, bytes: data.byteLength };
}

export interface EndpointSummary {
  endpoint: string;
  /** What the endpoint's captures are about, once one of them was understood. */
  subject: Subject | null;
  count: number;
  flagged: number;
  /** Understood and stored as data: only these count as saved. */
  saved: number;
  lastObservedAt: string;
  lastPageUrl: string;
}

export interface CapturesSummary {
  total: number;
  flagged: number;
  /** Captures understood and stored as data; a 404 or a rejection page never counts. */
  saved: number;
  lastObservedAt: string | null;
  endpoints: EndpointSummary[];
}

export async function summarizeCaptures(db: ChisoDatabase): Promise<CapturesSummary> {
  const byEndpoint = new Map<string, EndpointSummary>();
  let lastObservedAt: string | null = null;
  let total = 0;
  let flagged = 0;
  let saved = 0;
  // Headers are small (no payload), so one pass in observedAt order is enough.
  await db.captures.orderBy('observedAt').each((capture) => {
    total++;
    const isFlagged = capture.state === 'flagged' ? 1 : 0;
    flagged += isFlagged;
    const isSaved = capture.state === 'ok' ? 1 : 0;
    saved += isSaved;
    lastObservedAt = capture.observedAt;
    const entry = byEndpoint.get(capture.endpoint);
    if (entry) {
      entry.count++;
      entry.flagged += isFlagged;
      entry.saved += isSaved;
      entry.lastObservedAt = capture.observedAt;
      entry.lastPageUrl = capture.pageUrl;
      entry.subject ??= capture.subject ?? null;
    } else {
      byEndpoint.set(capture.endpoint, {
        endpoint: capture.endpoint,
        subject: capture.subject ?? null,
        count: 1,
        flagged: isFlagged,
        saved: isSaved,
        lastObservedAt: capture.observedAt,
        lastPageUrl: capture.pageUrl,
      });
    }
  });
  const endpoints = [...byEndpoint.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
  return { total, flagged, saved, lastObservedAt, endpoints };
}

export async function listCaptures(db: ChisoDatabase, limit: number): Promise<CaptureRecord[]> {
  return db.captures.orderBy('observedAt').reverse().limit(limit).toArray();
}

export async function rawPayload(db: ChisoDatabase, captureId: number): Promise<string | null> {
  const payload = await db.payloads.get(captureId);
  return payload?.responseText ?? null;
}
