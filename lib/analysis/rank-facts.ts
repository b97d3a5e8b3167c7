import type { UnitKind } from '../model/observation';
import type { Rank } from './ranks';

/** Whom a rank is among: the units of one kind under the root, or all of the root's children. */
export type RankPool = UnitKind | 'ALL';

/**
 * A rank as a report states it: place, out of how many, and how many share the place, so a
 * group where 148 communes score alike reads "đồng hạng 1, 148 đơn vị", not 148 × "1/163".
 */
export interface RankFacts {
  rank: number;
  of: number;
  /** Units ranked at this same place, the unit itself included (1 when alone). */
  tied: number;
  pool: RankPool;
}

/** Both ways of ranking a unit: among its own kind (the default reports use) and among all. */
export interface UnitRanks {
  kind: RankFacts | null;
  all: RankFacts | null;
}

export const NO_RANKS: UnitRanks = { kind: null, all: null };

/** The unit's place in `ranks` (lib/analysis/ranks.ts output), or null when it is unranked. */
export function factsOf(
  ranks: ReadonlyMap<string, Rank>,
  unitId: string,
  pool: RankPool,
): RankFacts | null {
  const mine = ranks.get(unitId);
  if (!mine || mine.rank === null) return null;
  let tied = 0;
  for (const r of ranks.values()) if (r.rank === mine.rank) tied++;
  return { rank: mine.rank, of: mine.of, tied, pool };
}

/** The one to show: among the same kind unless the official asked for all units. */
export function chosenRank(
  ranks: UnitRanks | null | undefined,
  among: RankAmong,
): RankFacts | null {
  if (!ranks) return null;
  return among === 'all' ? ranks.all : ranks.kind;
}

export type RankAmong = 'kind' | 'all';
