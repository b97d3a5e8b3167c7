import { beforeAll } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { type RawUnit, rawChildren, twoMonthSnapshots } from './compare-fixtures';
import { freshDatabase } from './fresh-db';
import { observedFixture, PORTAL_PAGE } from './observed';

/**
 * The set-up the comparison and trend unit tests share: Phú Thọ's two months stored once per
 * describe block, and the same months read straight from the fixture JSON to check against.
 */

/** August 2026 (real captures), read raw. */
export const AUGUST = rawChildren('2026-08');
/** July 2026 (the derived fixture), read raw. */
export const JULY = rawChildren('2026-07');

/** A criterion's ratio as the file gives it; none when counted over nothing, never 0. */
export function rawRatio(unit: RawUnit | undefined, code: string): number | null {
  const m = unit?.metrics.get(code);
  return !m || m.denominator === 0 ? null : m.ratio;
}

/**
 * Stores July and August in a fresh database `name` before the calling describe block's tests
 * run; they read `.snapshots` (empty until then).
 */
export function storeTwoMonths(name: string): { snapshots: SnapshotData[] } {
  const stored = { snapshots: [] as SnapshotData[] };
  beforeAll(async () => {
    stored.snapshots = await twoMonthSnapshots(name);
  });
  return stored;
}

/** One real portal answer (a fixture path) stored alone in a fresh database `name`. */
export async function storeOneAnswer(file: string, name: string): Promise<SnapshotData[]> {
  const db = freshDatabase(name);
  await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
  return latestSnapshotsWithObservations(db);
}
