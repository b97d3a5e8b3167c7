import { Dexie } from 'dexie';
import type { ChisoDatabase } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';
import { GROUPS, type GroupCode } from '../model/groups';
import { NATION_UNIT_ID } from '../model/observation';
import { periodKey } from '../model/period';
import { ENDPOINT_OF_GROUP } from '../portal';
import type { PortalView } from './tab-view';

/** The groups of a view that have a stored snapshot, in the index's group order. */
export async function storedGroupsOf(db: ChisoDatabase, view: PortalView): Promise<GroupCode[]> {
  if (view.rootUnitId === NATION_UNIT_ID) return [];
  const stored: GroupCode[] = [];
  for (const group of GROUPS) {
    const key = snapshotKey({
      endpoint: ENDPOINT_OF_GROUP[group.code],
      rootUnitId: view.rootUnitId,
      periodKey: periodKey(view.period),
      scope: view.scope,
    });
    const count = await db.captures
      .where('[snapshotKey+observedAt]')
      .between([key, Dexie.minKey], [key, Dexie.maxKey])
      .count();
    if (count > 0) stored.push(group.code);
  }
  return stored;
}
