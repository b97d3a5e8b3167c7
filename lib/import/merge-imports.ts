import type { CaptureRecord, ObservationRecord } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';

/**
 * Imported values joined to the captured ones, as one list of snapshots for every view and
 * export. A capture always wins: an imported value is dropped wherever a portal capture of
 * the same root, period and scope holds a value for the same unit, group and criterion. What
 * is left either completes the portal's snapshot of the same key or forms a snapshot of its
 * own, whose header says `source: 'import'`. Among imports, the newer batch wins.
 */

export interface StoredSnapshot {
  capture: CaptureRecord;
  observations: ObservationRecord[];
}

const placeKey = (
  root: string | null,
  period: string | null,
  scope: string | null,
  o: Pick<ObservationRecord, 'unitId' | 'group' | 'criterion'>,
) => [root ?? '', period ?? '', scope ?? 'all', o.unitId, o.group, o.criterion ?? ''].join('|');

/** Every place a portal capture holds a value. */
export function capturedPlaces(portal: readonly StoredSnapshot[]): Set<string> {
  const places = new Set<string>();
  for (const { capture, observations } of portal) {
    if (capture.source === 'import') continue;
    for (const o of observations) {
      places.add(placeKey(capture.rootUnitId, capture.periodKey, capture.scope, o));
    }
  }
  return places;
}

/** Whether a capture holds the value an imported observation brings. */
export function isCaptured(places: ReadonlySet<string>, o: ObservationRecord): boolean {
  const c = o.imported;
  return c ? places.has(placeKey(c.rootUnitId, c.periodKey, c.scope, o)) : false;
}

const keyOfImported = (o: ObservationRecord) => {
  const c = o.imported;
  return c
    ? snapshotKey({
        endpoint: o.endpoint,
        rootUnitId: c.rootUnitId,
        periodKey: c.periodKey,
        scope: c.scope,
      })
    : null;
};

export function mergeImports(
  portal: readonly StoredSnapshot[],
  batches: readonly CaptureRecord[],
  imported: readonly ObservationRecord[],
): StoredSnapshot[] {
  if (imported.length === 0) return [...portal];
  const batchOf = new Map(batches.map((b) => [b.id, b]));
  const places = capturedPlaces(portal);
  // Oldest batch first, so a newer batch's value replaces an older one's.
  const ordered = imported
    .filter((o) => batchOf.has(o.captureId) && !isCaptured(places, o))
    .sort(
      (a, b) =>
        (batchOf.get(a.captureId)?.storedAt ?? '').localeCompare(
          batchOf.get(b.captureId)?.storedAt ?? '',
        ) || a.id - b.id,
    );
  const byKey = new Map<string, Map<string, ObservationRecord>>();
  for (const o of ordered) {
    const key = keyOfImported(o);
    if (!key) continue;
    const values = byKey.get(key) ?? new Map<string, ObservationRecord>();
    values.set(`${o.unitId}|${o.group}|${o.criterion ?? ''}`, o);
    byKey.set(key, values);
  }
  const result: StoredSnapshot[] = [];
  for (const snapshot of portal) {
    const extra = snapshot.capture.snapshotKey ? byKey.get(snapshot.capture.snapshotKey) : null;
    if (!extra || !snapshot.capture.snapshotKey) {
      result.push(snapshot);
      continue;
    }
    byKey.delete(snapshot.capture.snapshotKey);
    result.push({ ...snapshot, observations: [...snapshot.observations, ...extra.values()] });
  }
  for (const [key, values] of byKey) {
    const observations = [...values.values()];
    const first = observations[0];
    const context = first?.imported;
    const batch = first ? batchOf.get(first.captureId) : undefined;
    if (!first || !context || !batch) continue;
    // The root first, as a capture stores it; then the file's order.
    observations.sort(
      (a, b) =>
        Number(b.unitId === context.rootUnitId) - Number(a.unitId === context.rootUnitId) ||
        a.id - b.id,
    );
    const times = observations.map((o) => o.imported?.observedAt ?? batch.observedAt).sort();
    result.push({
      capture: {
        ...batch,
        endpoint: first.endpoint,
        subject: context.subject,
        snapshotKey: key,
        periodKey: context.periodKey,
        periodType: context.periodType,
        periodClosed: context.periodClosed,
        rootUnitId: context.rootUnitId,
        scope: context.scope,
        observedAt: times[times.length - 1] ?? batch.observedAt,
        source: 'import',
      },
      observations,
    });
  }
  return result;
}
