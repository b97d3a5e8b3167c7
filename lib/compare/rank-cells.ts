import { rankUnits } from '../analysis/ranks';

/**
 * A rank as the tables show it: lib/analysis/ranks.ts's competition rank, plus how many units
 * share it, because a group where every commune repeats the province's value ranks 148 units
 * first, and "hạng 1" alone would read as a distinction.
 */
export interface RankCell {
  /** Competition rank (1, 2, 2, 4); null when the unit has no score. */
  rank: number | null;
  /** How many units were ranked (those with a score). */
  of: number;
  /** How many ranked units share this rank (1 when alone), for "đồng hạng 1, 150 đơn vị". */
  tied: number;
}

/** Ranks with how many share each; rows without a score get a null rank. */
export function rankCells(
  rows: readonly { unitId: string; score: number | null }[],
): Map<string, RankCell> {
  const ranks = rankUnits(rows);
  const tied = new Map<number, number>();
  for (const r of ranks.values())
    if (r.rank !== null) tied.set(r.rank, (tied.get(r.rank) ?? 0) + 1);
  const out = new Map<string, RankCell>();
  for (const [unitId, r] of ranks) {
    out.set(unitId, {
      rank: r.rank,
      of: r.of,
      tied: r.rank === null ? 0 : (tied.get(r.rank) ?? 1),
    });
  }
  return out;
}
