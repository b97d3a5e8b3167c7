import { Dexie } from 'dexie';
import type { SnapshotData } from '../analysis/analyze-snapshot';
import { parsePeriodKey, periodKey, previousPeriod, samePeriodLastYear } from '../model/period';
import type { CaptureRecord, ChisoDatabase } from './database';
import { snapshotKey } from './snapshot-key';
import { observationsOf } from './snapshots';

/** The newest good capture of one snapshot, found through the `[snapshotKey+observedAt]` index. */
export function latestOfKey(db: ChisoDatabase, key: string): Promise<CaptureRecord | undefined> {
  return db.captures
    .where('[snapshotKey+observedAt]')
    .between([key, Dexie.minKey], [key, Dexie.maxKey])
    .last();
}

/**
 * The snapshot keys a snapshot's badges are judged against: the previous period (Δ and rank
 * change) and the same period a year earlier (Δ year on year). Nothing else of the family
 * changes one figure of its analysis, so nothing else needs reading (#11).
 */
export function neighbourKeys(
  capture: Pick<CaptureRecord, 'endpoint' | 'rootUnitId' | 'periodKey' | 'scope'>,
): string[] {
  const { endpoint, rootUnitId, scope } = capture;
  if (!rootUnitId || !capture.periodKey || !scope) return [];
  const period = parsePeriodKey(capture.periodKey);
  if (!period) return [];
  const keys = [previousPeriod(period), samePeriodLastYear(period)].map((p) =>
    snapshotKey({ endpoint, rootUnitId, periodKey: periodKey(p), scope }),
  );
  // A year's previous period is the year before: the same key twice.
  return [...new Set(keys)];
}

/**
 * The latest revision of each neighbour that is stored, with its rows, in one read-only
 * transaction: begun before a capture's write, it is never queued behind it.
 */
export function neighboursOf(
  db: ChisoDatabase,
  capture: Pick<CaptureRecord, 'endpoint' | 'rootUnitId' | 'periodKey' | 'scope'>,
): Promise<SnapshotData[]> {
  return db.transaction('r', db.captures, db.observations, async () => {
    const heads = await Promise.all(neighbourKeys(capture).map((key) => latestOfKey(db, key)));
    return Promise.all(
      heads
        .filter((head): head is CaptureRecord => head !== undefined)
        .map(async (head) => ({ capture: head, observations: await observationsOf(db, head.id) })),
    );
  });
}

/** One snapshot's latest revision and what its analysis needs of its family, oldest first. */
export async function snapshotWithNeighbours(
  db: ChisoDatabase,
  key: string,
): Promise<{ current: SnapshotData; family: SnapshotData[] } | null> {
  const head = await latestOfKey(db, key);
  if (!head) return null;
  const [observations, neighbours] = await Promise.all([
    observationsOf(db, head.id),
    neighboursOf(db, head),
  ]);
  const current = { capture: head, observations };
  return { current, family: familyOrder([...neighbours, current]) };
}

export function familyOrder(snapshots: SnapshotData[]): SnapshotData[] {
  return snapshots.sort((a, b) =>
    (a.capture.periodKey ?? '').localeCompare(b.capture.periodKey ?? ''),
  );
}
