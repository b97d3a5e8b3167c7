import type { Scope } from '../../model/observation';
import { periodKey } from '../../model/period';
import { endpointFromUrl } from './endpoints';
import { readRequest } from './request';

/** A snapshot's identity as its request states it (see lib/db/snapshot-key.ts). */
export interface RequestedSnapshot {
  endpoint: string;
  rootUnitId: string;
  periodKey: string;
  scope: Scope;
}

/**
 * Which snapshot a call asks for, from its URL and request body alone, before its answer is
 * read: lets the background fetch what the badges compare with while the answer is parsed
 * (#11). Null when the request does not name one; the answer's parse stays the judge.
 */
export function requestedSnapshot(
  url: string,
  requestBody: string | null,
  capturedAt: Date,
): RequestedSnapshot | null {
  const endpoint = endpointFromUrl(url);
  if (!endpoint) return null;
  try {
    const { context } = readRequest(endpoint, requestBody, capturedAt);
    const { period, rootUnitId, scope } = context;
    if (!period || !rootUnitId) return null;
    return { endpoint, rootUnitId, periodKey: periodKey(period), scope };
  } catch {
    return null;
  }
}
