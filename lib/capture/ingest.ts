import type { SnapshotData } from '../analysis/analyze-snapshot';
import type { ObservedCall } from '../capture/observed-call';
import { sha256Hex } from '../db/captures';
import type { CaptureRecord, ChisoDatabase } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';
import { type FlagCode, flagCodeOf } from '../model/flag-code';
import { PARSER_VERSION, parseCapture } from '../portal';
import { reportingEndpointOf } from '../portal/site';
import type { CapturedView } from '../views/tab-view';
import { previewSnapshot } from './preview-snapshot';
import { writeNewCapture } from './write-capture';

export interface IngestOutcome {
  id: number;
  sha256: string;
  state: CaptureRecord['state'];
  reason: string | null;
  /** Why it was flagged, as a code the pages word; null when understood. */
  reasonCode: FlagCode | null;
  /** True when the very same bytes were already stored for the same request. */
  duplicate: boolean;
  snapshotKey: string | null;
  /** What the capture says of the view of the page it came from. */
  view: CapturedView;
}

export interface IngestHooks {
  /**
   * Shown a new capture that will become a snapshot, just before its write starts. Resolves
   * once it has read what it needs: the write's transaction waits for that, so the read is
   * never queued behind the write; work after the read runs while the write commits.
   */
  beforeWrite?(preview: SnapshotData): Promise<void>;
}

/**
 * Stores one observed API call: raw payload, header, observations and units, in one
 * transaction. Identical bytes for the same request are stored once (the first copy records
 * that it was seen again). A response that cannot be understood is kept raw and flagged; it
 * never replaces anything good, because only `ok` captures become snapshots.
 */
export async function ingestObservedCall(
  db: ChisoDatabase,
  call: ObservedCall,
  pageUrl: string,
  now: () => Date = () => new Date(),
  hooks: IngestHooks = {},
): Promise<IngestOutcome> {
  const { hex, bytes } = await sha256Hex(call.responseText);
  const endpoint = reportingEndpointOf(call.url);
  const tables = [db.captures, db.payloads, db.observations, db.units];
  const sameAs = () =>
    db.captures
      .where('sha256')
      .equals(hex)
      // The same bytes under another status or type are another answer (a rejection page
      // sent with 200, then with 403), judged on their own.
      .filter(
        (c) =>
          c.endpoint === endpoint &&
          c.requestBody === call.requestBody &&
          c.status === call.status &&
          c.contentType === call.contentType,
      )
      .first();
  const seenAgain = (same: CaptureRecord) =>
    db.transaction('rw', tables, async () => {
      // Read again inside the transaction: another answer may have counted meanwhile.
      const now = (await db.captures.get(same.id)) ?? same;
      // ISO 8601 instants in UTC sort as text.
      const [lastSeenAt] = [now.lastSeenAt, call.observedAt].sort().reverse();
      await db.captures.update(now.id, { seenCount: now.seenCount + 1, lastSeenAt });
      return outcome(db, now, true);
    });
  // An answer seen before is recognised by its hash without parsing it (#11): a page loads
  // the same answers again and again.
  const known = await sameAs();
  if (known) return seenAgain(known);
  // Parsed outside the transaction, so the database is held only for the writes.
  const parse = parseCapture({
    url: call.url,
    requestBody: call.requestBody,
    status: call.status,
    contentType: call.contentType,
    responseText: call.responseText,
    capturedAt: new Date(call.observedAt),
    ...(call.oversizeChars ? { oversizeChars: call.oversizeChars } : {}),
  });
  const header: Omit<CaptureRecord, 'id'> = {
    endpoint,
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
    state: 'pending',
    reason: null,
    parserVersion: 0,
    periodKey: null,
    periodType: null,
    periodClosed: null,
    rootUnitId: null,
    scope: null,
    warnings: [],
    seenCount: 1,
    lastSeenAt: call.observedAt,
    subject: null,
    ...(call.oversizeChars ? { oversizeChars: call.oversizeChars } : {}),
  };
  const preview = hooks.beforeWrite ? previewSnapshot(header, parse, PARSER_VERSION) : null;
  if (preview) await hooks.beforeWrite?.(preview).catch(() => {});
  return db.transaction('rw', tables, async () => {
    // The same answer may have been stored while this one was parsed (two tabs).
    const same = await sameAs();
    if (same) {
      const [lastSeenAt] = [same.lastSeenAt, call.observedAt].sort().reverse();
      await db.captures.update(same.id, { seenCount: same.seenCount + 1, lastSeenAt });
      return outcome(db, same, true);
    }
    const stored = await writeNewCapture(db, header, parse, PARSER_VERSION, call.responseText);
    return outcome(db, stored, false);
  });
}

/** The snapshot a flagged capture would have joined: the view its page asked for. */
function intendedSnapshotKey(capture: CaptureRecord): string | null {
  const { endpoint, rootUnitId, periodKey, scope } = capture;
  if (!rootUnitId || !periodKey || !scope) return null;
  return snapshotKey({ endpoint, rootUnitId, periodKey, scope });
}

/** Inside the ingest transaction: the root's name was just stored (or known) with the units. */
async function outcome(
  db: ChisoDatabase,
  capture: CaptureRecord,
  duplicate: boolean,
): Promise<IngestOutcome> {
  const root = capture.rootUnitId ? await db.units.get(capture.rootUnitId) : undefined;
  const flagged = capture.state === 'flagged';
  return {
    id: capture.id,
    sha256: capture.sha256,
    state: capture.state,
    reason: capture.reason,
    reasonCode: flagged ? flagCodeOf(capture) : null,
    duplicate,
    snapshotKey: capture.snapshotKey ?? null,
    view: {
      // A refused answer still says which view the page asked for (its request).
      subject: capture.state === 'pending' ? null : capture.subject,
      rootUnitId: capture.rootUnitId,
      rootName: root?.name ?? null,
      periodKey: capture.periodKey,
      scope: capture.scope,
      snapshotKey: capture.snapshotKey ?? intendedSnapshotKey(capture),
      flag: flagged ? flagCodeOf(capture) : null,
      observedAt: capture.observedAt,
      pageUrl: capture.pageUrl,
    },
  };
}
