import type { UnitKind } from '../model/observation';

/**
 * Standard competition ranking ("1224", domain brief §11): equal scores share a rank and the
 * next rank skips the places they took. Units without a score are not ranked and do not
 * count in `of`, so "hạng 5/120" means among the units that have a score.
 */
export interface RankRow {
  unitId: string;
  score: number | null;
}

export interface Rank {
  /** 1 = best; null when the unit has no score. */
  rank: number | null;
  /** How many units were ranked. */
  of: number;
}

// API scores carry two decimals; sums of them can differ from each other by float noise only.
const EPSILON = 1e-9;

const scored = (score: number | null): score is number => score !== null && Number.isFinite(score);

/** Higher score first. A unit id listed twice keeps its first row. */
export function rankUnits(rows: readonly RankRow[]): Map<string, Rank> {
  const unique = new Map<string, number | null>();
  for (const row of rows) if (!unique.has(row.unitId)) unique.set(row.unitId, row.score);

  const ranked = [...unique]
    .filter((entry): entry is [string, number] => scored(entry[1]))
    .sort((a, b) => b[1] - a[1]);
  const of = ranked.length;
  const out = new Map<string, Rank>();
  let previousScore = Number.NaN;
  let previousRank = 0;
  ranked.forEach(([unitId, score], index) => {
    const rank = Math.abs(score - previousScore) <= EPSILON ? previousRank : index + 1;
    out.set(unitId, { rank, of });
    previousScore = score;
    previousRank = rank;
  });
  for (const [unitId, score] of unique) if (!scored(score)) out.set(unitId, { rank: null, of });
  return out;
}

/** previous − current: positive = moved up. Null for a unit new (or unranked) on either side. */
export function rankChange(
  previousRank: number | null | undefined,
  currentRank: number | null | undefined,
): number | null {
  if (previousRank == null || currentRank == null) return null;
  return previousRank - currentRank;
}

/** Rank changes of the units present now; units that have since disappeared are not listed. */
export function rankChanges(
  previous: ReadonlyMap<string, Rank>,
  current: ReadonlyMap<string, Rank>,
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [unitId, now] of current) {
    out.set(unitId, rankChange(previous.get(unitId)?.rank, now.rank));
  }
  return out;
}

export interface KindRankRow extends RankRow {
  kind: UnitKind;
}

/** Among the root's children: every row except the root itself. */
export function rankChildren(rows: readonly KindRankRow[], rootUnitId: string): Map<string, Rank> {
  return rankUnits(rows.filter((r) => r.unitId !== rootUnitId));
}

/** Among units of the given kinds only, as officials rank agencies and communes apart. */
export function rankAmong(
  rows: readonly KindRankRow[],
  kinds: readonly UnitKind[],
): Map<string, Rank> {
  return rankUnits(rows.filter((r) => kinds.includes(r.kind)));
}

export function rankAgencies(rows: readonly KindRankRow[]): Map<string, Rank> {
  return rankAmong(rows, ['AGENCY']);
}

export function rankCommunes(rows: readonly KindRankRow[]): Map<string, Rank> {
  return rankAmong(rows, ['COMMUNE']);
}
