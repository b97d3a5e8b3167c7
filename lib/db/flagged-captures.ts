import { Dexie } from 'dexie';
import { type FlagCode, flagCodeOf } from '../model/flag-code';
import type { Subject } from '../model/groups';
import type { ChisoDatabase } from './database';
import { snapshotKey } from './snapshot-key';

/** One capture the extension did not store as data, as the "needs attention" list shows it. */
export interface FlaggedCapture {
  id: number;
  observedAt: string;
  subject: Subject | null;
  endpoint: string;
  rootUnitId: string | null;
  rootName: string | null;
  periodKey: string | null;
  status: number;
  code: FlagCode;
  /** The good capture the view's snapshot still shows (never displaced), if any. */
  keptObservedAt: string | null;
}

export interface FlaggedCaptures {
  total: number;
  items: FlaggedCapture[];
}

/** The newest flagged captures with why, and whether good data for the same view is kept. */
export async function listFlaggedCaptures(
  db: ChisoDatabase,
  limit: number,
): Promise<FlaggedCaptures> {
  const flagged = db.captures.where('state').equals('flagged');
  const total = await flagged.count();
  const newest = (await flagged.toArray())
    .sort((a, b) => b.observedAt.localeCompare(a.observedAt) || b.id - a.id)
    .slice(0, limit);
  const items = await Promise.all(
    newest.map(async (capture): Promise<FlaggedCapture> => {
      const { endpoint, rootUnitId, periodKey, scope } = capture;
      const key =
        rootUnitId && periodKey && scope
          ? snapshotKey({ endpoint, rootUnitId, periodKey, scope })
          : null;
      const kept = key
        ? await db.captures
            .where('[snapshotKey+observedAt]')
            .between([key, Dexie.minKey], [key, Dexie.maxKey])
            .last()
        : undefined;
      const root = rootUnitId ? await db.units.get(rootUnitId) : undefined;
      return {
        id: capture.id,
        observedAt: capture.observedAt,
        subject: capture.subject ?? null,
        endpoint,
        rootUnitId,
        rootName: root?.name ?? null,
        periodKey,
        status: capture.status,
        code: flagCodeOf(capture),
        keptObservedAt: kept?.observedAt ?? null,
      };
    }),
  );
  return { total, items };
}
