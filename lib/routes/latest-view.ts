import type { SnapshotSummary } from '../db/snapshots';

/**
 * The province and period the official captured last: what a view without parameters shows.
 * The newest capture wins, whatever its period (capturing July after August means July is
 * what the official is looking at now).
 */
export interface LatestView {
  rootUnitId: string;
  rootName: string | null;
  periodKey: string;
}

export function latestView(
  snapshots: readonly Pick<
    SnapshotSummary,
    'rootUnitId' | 'rootName' | 'periodKey' | 'observedAt'
  >[],
): LatestView | null {
  let best: LatestView | null = null;
  let newest = '';
  for (const s of snapshots) {
    if (!s.rootUnitId || !s.periodKey) continue;
    if (best && Date.parse(s.observedAt) <= Date.parse(newest)) continue;
    best = { rootUnitId: s.rootUnitId, rootName: s.rootName, periodKey: s.periodKey };
    newest = s.observedAt;
  }
  return best;
}

/** Stored period keys, newest first, each once. */
export function storedPeriods(
  snapshots: readonly Pick<SnapshotSummary, 'rootUnitId' | 'periodKey'>[],
  rootUnitId?: string,
): string[] {
  const keys = new Set<string>();
  for (const s of snapshots) {
    if (!s.periodKey) continue;
    if (rootUnitId && s.rootUnitId !== rootUnitId) continue;
    keys.add(s.periodKey);
  }
  return [...keys].sort((a, b) => b.localeCompare(a));
}
