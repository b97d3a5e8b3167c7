import { Dexie } from 'dexie';
import type { ChisoDatabase } from '../db/database';

export type DeleteTarget =
  | { kind: 'snapshot'; snapshotKey: string }
  | { kind: 'period'; periodKey: string }
  | { kind: 'all' };

/**
 * Deletes every revision of one snapshot, every capture of one period (all roots, flagged
 * ones too), or everything, with their payloads and observations, in one transaction. Units
 * stay unless everything goes: they are names, shared by whatever remains. Settings are
 * never touched here.
 */
export async function deleteData(
  db: ChisoDatabase,
  target: DeleteTarget,
): Promise<{ captures: number }> {
  return db.transaction('rw', [db.captures, db.payloads, db.observations, db.units], async () => {
    if (target.kind === 'all') {
      const count = await db.captures.count();
      await Promise.all([
        db.captures.clear(),
        db.payloads.clear(),
        db.observations.clear(),
        db.units.clear(),
      ]);
      return { captures: count };
    }
    const ids =
      target.kind === 'snapshot'
        ? await db.captures
            .where('[snapshotKey+observedAt]')
            .between([target.snapshotKey, Dexie.minKey], [target.snapshotKey, Dexie.maxKey])
            .primaryKeys()
        : await db.captures.filter((c) => c.periodKey === target.periodKey).primaryKeys();
    await db.observations.where('captureId').anyOf(ids).delete();
    await db.payloads.bulkDelete(ids);
    await db.captures.bulkDelete(ids);
    return { captures: ids.length };
  });
}
