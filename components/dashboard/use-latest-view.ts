import type { SnapshotSummary } from '../../lib/db/snapshots';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { type LatestView, latestView, storedPeriods } from '../../lib/routes/latest-view';
import { type Loadable, useBackground } from '../shared/use-background';

const EVENTS = [CAPTURES_CHANGED] as const;

export interface StoredViews {
  /** The province and period captured last: the default of every view without parameters. */
  latest: LatestView | null;
  /** Stored period keys of a root (or of all roots), newest first. */
  periodsOf: (rootUnitId?: string) => string[];
}

/** What is stored, for the defaults and the period pickers of the report, compare and trend views. */
export function useStoredViews(): Loadable<StoredViews> {
  const [snapshots] = useBackground<SnapshotSummary[]>(
    () => ask({ type: 'snapshots:list' }),
    EVENTS,
  );
  if (snapshots.state !== 'ready') return snapshots;
  const list = snapshots.value;
  return {
    state: 'ready',
    value: {
      latest: latestView(list),
      periodsOf: (rootUnitId) => storedPeriods(list, rootUnitId),
    },
  };
}
