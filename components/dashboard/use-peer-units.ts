import type { PeerRanking } from '../../lib/compare/peer-ranking';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { type Loadable, useBackground } from '../shared/use-background';
import type { UnitOption } from './UnitSelect';

const EVENTS = [CAPTURES_CHANGED] as const;

/** A root's peer ranking for one period (all kinds); null when nothing is stored. */
export function usePeerRanking(
  rootUnitId: string,
  periodKey: string,
  kind: 'all' | 'AGENCY' | 'COMMUNE' = 'all',
): Loadable<PeerRanking | null> {
  const [ranking] = useBackground<PeerRanking | null>(
    () => ask({ type: 'compare:peer', rootUnitId, periodKey, kind }),
    EVENTS,
    `${rootUnitId}|${periodKey}|${kind}`,
  );
  return ranking;
}

/** The root and its children as picker options. */
export function unitOptions(
  ranking: Loadable<PeerRanking | null>,
  /** The root as the snapshot list names it, until (or when) the ranking does not. */
  fallbackRoot: UnitOption | null = null,
): {
  root: UnitOption | null;
  children: UnitOption[];
} {
  if (ranking.state !== 'ready' || !ranking.value) return { root: fallbackRoot, children: [] };
  const { root, rows } = ranking.value;
  return {
    root: root ? { id: root.id, name: root.name } : fallbackRoot,
    children: rows.map((r) => ({ id: r.unit.id, name: r.unit.name })),
  };
}
