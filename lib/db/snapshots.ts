import { mergeImports } from '../import/merge-imports';
import type { Subject } from '../model/groups';
import type { CaptureRecord, ChisoDatabase, ObservationRecord } from './database';
import { cachedRead } from './header-cache';
import { importedValues } from './imports';
import { headsOf, headsOfRoots, type SnapshotHead } from './snapshot-heads';

export type { SnapshotHead };

/**
 * Every snapshot: for each (endpoint, root, period, scope) the newest `ok` capture. Flagged
 * captures have no snapshot key, so a bad response can never displace a good one. Read once
 * per change of the captures (lib/db/header-cache.ts): the list is shared, do not modify it.
 */
export function listSnapshots(db: ChisoDatabase): Promise<readonly SnapshotHead[]> {
  // The compound index is ordered by key then observedAt, so the last capture seen wins. One
  // read of all headers is much faster than a cursor over them (#11).
  return cachedRead(db, 'heads', async () =>
    headsOf(await db.captures.orderBy('[snapshotKey+observedAt]').toArray()),
  );
}

export async function observationsOf(
  db: ChisoDatabase,
  captureId: number,
): Promise<ObservationRecord[]> {
  return db.observations.where('captureId').equals(captureId).sortBy('id');
}

/** The latest revision of every snapshot (of the given root units only) with its rows. */
export async function latestSnapshotsWithObservations(
  db: ChisoDatabase,
  rootUnitId?: string | readonly string[],
): Promise<{ capture: CaptureRecord; observations: ObservationRecord[] }[]> {
  const roots = rootUnitId === undefined ? null : [rootUnitId].flat();
  // One province's comparison reads that province's captures only (the version-4 index).
  // Captures without a root are not in that index: a '' root (none) filters the full list.
  const heads =
    roots === null || roots.includes('')
      ? (await listSnapshots(db)).filter(
          (head) => roots === null || roots.includes(head.latest.rootUnitId ?? ''),
        )
      : await headsOfRoots(db, roots);
  const portal = await Promise.all(
    heads.map(async (head) => ({
      capture: head.latest,
      observations: await observationsOf(db, head.latest.id),
    })),
  );
  // Imported values fill what no capture holds (lib/import/merge-imports.ts).
  const { batches, observations } = await importedValues(db);
  const ofRootImported = observations.filter(
    (o) => roots === null || roots.includes(o.imported?.rootUnitId ?? ''),
  );
  return mergeImports(portal, batches, ofRootImported);
}

/** One snapshot as the dashboard lists it. */
export interface SnapshotSummary {
  key: string;
  captureId: number;
  endpoint: string;
  subject: Subject | null;
  periodKey: string | null;
  periodClosed: boolean | null;
  rootUnitId: string | null;
  rootName: string | null;
  scope: string | null;
  observedAt: string;
  revisions: number;
}

export async function summarizeSnapshots(db: ChisoDatabase): Promise<SnapshotSummary[]> {
  const heads = await listSnapshots(db);
  const roots = await db.units.bulkGet(heads.map((h) => h.latest.rootUnitId ?? ''));
  return heads
    .map((head, i) => ({
      key: head.key,
      captureId: head.latest.id,
      endpoint: head.latest.endpoint,
      subject: head.latest.subject ?? null,
      periodKey: head.latest.periodKey,
      periodClosed: head.latest.periodClosed,
      rootUnitId: head.latest.rootUnitId,
      rootName: roots[i]?.name ?? null,
      scope: head.latest.scope,
      observedAt: head.latest.observedAt,
      revisions: head.revisions,
    }))
    .sort(
      (a, b) =>
        (b.periodKey ?? '').localeCompare(a.periodKey ?? '') ||
        (a.rootName ?? '').localeCompare(b.rootName ?? '', 'vi') ||
        a.endpoint.localeCompare(b.endpoint),
    );
}
