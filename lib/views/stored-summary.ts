import { Dexie } from 'dexie';
import type { ChisoDatabase } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';
import { NATION_UNIT_ID } from '../model/observation';
import { periodKey } from '../model/period';
import { TOTAL_ENDPOINT } from '../portal';
import type { PortalView } from './tab-view';

/** Whether the view's summary (Tổng hợp, the portal's total out of 100) has a stored snapshot. */
export async function summaryStoredOf(db: ChisoDatabase, view: PortalView): Promise<boolean> {
  if (view.rootUnitId === NATION_UNIT_ID) return false;
  const key = snapshotKey({
    endpoint: TOTAL_ENDPOINT,
    rootUnitId: view.rootUnitId,
    periodKey: periodKey(view.period),
    scope: view.scope,
  });
  const count = await db.captures
    .where('[snapshotKey+observedAt]')
    .between([key, Dexie.minKey], [key, Dexie.maxKey])
    .count();
  return count > 0;
}
