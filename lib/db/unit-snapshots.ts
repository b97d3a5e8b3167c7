import type { SnapshotData } from '../analysis/analyze-snapshot';
import { mergeImports } from '../import/merge-imports';
import type { ChisoDatabase, ObservationRecord } from './database';
import { importBatches } from './imports';
import { listSnapshots } from './snapshots';

/**
 * The latest revision of every snapshot with only one unit's rows: all a unit's trend needs
 * (#11). The rows come through the `unitId` index, a few thousand for five years of one unit
 * however many units and months are stored, instead of every row of every snapshot. Snapshots
 * that do not list the unit stay, empty, so periods read as stored exactly as before.
 */
export async function unitSnapshots(db: ChisoDatabase, unitId: string): Promise<SnapshotData[]> {
  const [heads, rows, batches] = await Promise.all([
    listSnapshots(db),
    db.observations.where('unitId').equals(unitId).toArray(),
    importBatches(db),
  ]);
  const byCapture = new Map<number, ObservationRecord[]>();
  for (const row of rows) {
    const list = byCapture.get(row.captureId);
    if (list) list.push(row);
    else byCapture.set(row.captureId, [row]);
  }
  const portal = heads.map((head) => ({
    capture: head.latest,
    observations: byCapture.get(head.latest.id) ?? [],
  }));
  // The unit's imported values join as they join every other view (lib/import/merge-imports).
  const imported = batches.flatMap((batch) => byCapture.get(batch.id) ?? []);
  return imported.length > 0 ? mergeImports(portal, batches, imported) : portal;
}
