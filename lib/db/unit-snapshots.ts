import type { SnapshotData } from '../analysis/analyze-snapshot';
import { mergeImports } from '../import/merge-imports';
import type { ChisoDatabase, ObservationRecord } from './database';
import { cachedRead } from './header-cache';
import { importBatches } from './imports';
import { headsOfRoots, rootCaptures } from './snapshot-heads';

/**
 * The latest revision of every snapshot a unit's trend can draw on, with only that unit's rows
 * (#11). The rows come through the `unitId` index, a few thousand for five years of one unit
 * however many units and months are stored. The snapshots are those of every root the unit
 * could belong to: itself, the roots of the captures its rows are in and of its imported
 * values, read through the version-4 index instead of every capture header. Snapshots of
 * those roots that do not list the unit stay, empty, so periods read as stored. Other roots'
 * snapshots never list the unit, so the trend (lib/trend/unit-trend.ts) is the one computed
 * from every snapshot.
 */
export async function unitSnapshots(db: ChisoDatabase, unitId: string): Promise<SnapshotData[]> {
  const [rows, batches] = await Promise.all([
    db.observations.where('unitId').equals(unitId).toArray(),
    importBatches(db),
  ]);
  const batchIds = new Set(batches.map((b) => b.id));
  const byCapture = new Map<number, ObservationRecord[]>();
  const roots = new Set([unitId]);
  let newest = -1;
  for (const row of rows) {
    const list = byCapture.get(row.captureId);
    if (list) list.push(row);
    else byCapture.set(row.captureId, [row]);
    if (!batchIds.has(row.captureId)) newest = Math.max(newest, row.captureId);
    else if (row.imported) roots.add(row.imported.rootUnitId);
  }
  // The root of the newest capture listing the unit is almost always its only one.
  const guess =
    newest < 0
      ? null
      : await cachedRead(db, `root-of:${newest}`, async () => {
          const capture = await db.captures.get(newest);
          return capture?.rootUnitId ?? null;
        });
  if (guess) roots.add(guess);
  await addRootsOfOtherCaptures(db, roots, byCapture, batchIds);
  const portal = (await headsOfRoots(db, roots)).map((head) => ({
    capture: head.latest,
    observations: byCapture.get(head.latest.id) ?? [],
  }));
  // The unit's imported values join as they join every other view (lib/import/merge-imports).
  const imported = batches.flatMap((batch) => byCapture.get(batch.id) ?? []);
  return imported.length > 0 ? mergeImports(portal, batches, imported) : portal;
}

/** Roots of the captures listing the unit that no root read so far holds (a unit that moved). */
async function addRootsOfOtherCaptures(
  db: ChisoDatabase,
  roots: Set<string>,
  byCapture: ReadonlyMap<number, unknown>,
  batchIds: ReadonlySet<number>,
): Promise<void> {
  const read = await Promise.all([...roots].map((root) => rootCaptures(db, root)));
  const others = [...byCapture.keys()].filter(
    (id) => !batchIds.has(id) && !read.some((r) => r.ids.has(id)),
  );
  if (others.length === 0) return;
  // Flagged or pending captures have no snapshot, so their root adds nothing.
  for (const capture of await db.captures.bulkGet(others)) {
    if (capture?.rootUnitId && capture.snapshotKey) roots.add(capture.rootUnitId);
  }
}
