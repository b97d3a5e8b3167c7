import type { CaptureRecord, ChisoDatabase } from './database';
import { cachedRead } from './header-cache';

export interface SnapshotHead {
  key: string;
  /** The newest good capture of the key: what the snapshot shows. */
  latest: CaptureRecord;
  /** How many good captures of the key exist, the latest included. */
  revisions: number;
}

/**
 * The heads of captures read in `[snapshotKey+observedAt]` order: for each key the last one
 * seen. Captures without a key (flagged, pending, imports) are skipped.
 */
export function headsOf(captures: readonly CaptureRecord[]): SnapshotHead[] {
  const heads = new Map<string, SnapshotHead>();
  for (const capture of captures) {
    const key = capture.snapshotKey;
    if (!key) continue;
    const head = heads.get(key);
    if (head) {
      head.latest = capture;
      head.revisions++;
    } else {
      heads.set(key, { key, latest: capture, revisions: 1 });
    }
  }
  return [...heads.values()];
}

/** One root unit's snapshots, and the id of every revision they were made of. */
export interface RootCaptures {
  heads: readonly SnapshotHead[];
  ids: ReadonlySet<number>;
}

/**
 * One root's snapshot heads through the version-4 index (#11): a province's captures only,
 * however many other provinces are stored; read once per change of the captures.
 */
export function rootCaptures(db: ChisoDatabase, rootUnitId: string): Promise<RootCaptures> {
  return cachedRead(db, `root:${rootUnitId}`, async () => {
    // Every [root, key, time] sorts after [root] and before [root, []] (arrays sort after
    // strings). The key starts with the root too, so this is the order `listSnapshots` reads.
    const captures = await db.captures
      .where('[rootUnitId+snapshotKey+observedAt]')
      .between([rootUnitId], [rootUnitId, []])
      .toArray();
    return { heads: headsOf(captures), ids: new Set(captures.map((c) => c.id)) };
  });
}

/** Several roots' heads in `listSnapshots` order (by key). */
export async function headsOfRoots(
  db: ChisoDatabase,
  roots: Iterable<string>,
): Promise<SnapshotHead[]> {
  const each = await Promise.all([...new Set(roots)].map((root) => rootCaptures(db, root)));
  return each.flatMap((r) => r.heads).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
