import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import { rankChange } from '../analysis/ranks';
import { type RatingBand, rateScore } from '../analysis/ratings';
import { type DeltaReason, deltaPrevious, type PeriodValue } from '../analysis/trends';
import type { TotalSource } from '../analysis/unit-total';
import { round2 } from '../format/round';
import { compareVietnamese } from '../format/search-text';
import { GROUP_CODES, GROUPS, type GroupCode } from '../model/groups';
import type { Scope } from '../model/observation';
import { periodKey, periodLabel, previousPeriod } from '../model/period';
import {
  type CaptureTime,
  childrenOfKind,
  groupScore,
  type KindFilter,
  type PeriodData,
  periodClosed,
  periodData,
  totalOf,
  type UnitRef,
} from './period-data';
import { type RankCell, rankCells } from './rank-cells';

export type { RankCell } from './rank-cells';

/**
 * "Xếp hạng cùng cấp": a root's children side by side for one period, each of the six groups
 * with its score and rank, the total with its rank, the rating, and the change since the
 * previous period of the same type. Missing data stays null; it is never ranked as 0.
 */

export interface PeerGroupCell {
  score: number | null;
  rank: RankCell | null;
}

export interface PeerRow {
  unit: UnitRef;
  groups: Record<GroupCode, PeerGroupCell>;
  total: number | null;
  /** Where the total comes from; null when there is none. */
  totalSource: TotalSource | null;
  totalRank: RankCell | null;
  rating: RatingBand | null;
  previousTotal: number | null;
  /** total − previous total, two decimals; null unless both periods are closed and stored. */
  deltaTotal: number | null;
  /** Why there is no delta; null when there is one. */
  deltaReason: DeltaReason | null;
  previousRank: number | null;
  /** previous rank − rank: positive = moved up; null under the same rule as the delta. */
  rankChange: number | null;
}

export interface PeerRankingRequest {
  rootUnitId: string;
  periodKey: string;
  /** Which children are listed; default all. */
  kind?: KindFilter;
  /**
   * `kind` (default): ranks among the units listed, as officials rank agencies and communes
   * apart; `children`: among all the root's children, whatever is listed.
   */
  rankAmong?: 'kind' | 'children';
  scope?: Scope;
}

export interface PeerRanking {
  rootUnitId: string;
  root: UnitRef | null;
  periodKey: string;
  periodLabel: string;
  /** Some snapshot of the period was captured before it ended: numbers may still move. */
  provisional: boolean;
  kind: KindFilter;
  rankAmong: 'kind' | 'children';
  /** The six groups, with whether each was captured for the period. */
  groups: { code: GroupCode; name: string; maxScore: number; captured: boolean }[];
  previousPeriodKey: string;
  /** `compared`, or why the previous period is not compared. */
  previous: 'compared' | 'missing' | 'provisional';
  captures: CaptureTime[];
  /** Best total rank first, units without a total last, then Vietnamese name order. */
  rows: PeerRow[];
}

interface UnitScores {
  total: ReturnType<typeof totalOf>;
  groups: Map<GroupCode, number | null>;
}

interface Ranked {
  rows: Map<string, UnitScores>;
  totalRanks: Map<string, RankCell>;
  groupRanks: Map<GroupCode, Map<string, RankCell>>;
}

/** Scores of the ranked population and their ranks, in one period. */
function rankPeriod(data: PeriodData, population: readonly UnitRef[]): Ranked {
  const rows: Ranked['rows'] = new Map();
  for (const unit of population) {
    const groups = new Map<GroupCode, number | null>();
    for (const g of GROUP_CODES) groups.set(g, round2(groupScore(data, g, unit.id).value));
    rows.set(unit.id, { total: totalOf(data, unit.id), groups });
  }
  const scores = (pick: (r: UnitScores) => number | null) =>
    [...rows].map(([unitId, r]) => ({ unitId, score: pick(r) }));
  const groupRanks = new Map<GroupCode, Map<string, RankCell>>();
  for (const g of GROUP_CODES) groupRanks.set(g, rankCells(scores((r) => r.groups.get(g) ?? null)));
  return { rows, totalRanks: rankCells(scores((r) => r.total.value)), groupRanks };
}

export function peerRanking(
  snapshots: readonly SnapshotData[],
  settings: Pick<AnalysisSettings, 'bands'>,
  request: PeerRankingRequest,
): PeerRanking | null {
  const kind = request.kind ?? 'all';
  const rankAmong = request.rankAmong ?? 'kind';
  const scope = request.scope ?? 'all';
  const data = periodData(snapshots, request.rootUnitId, request.periodKey, scope);
  if (!data) return null;
  const listed = childrenOfKind(data, kind);
  const now = rankPeriod(data, rankAmong === 'kind' ? listed : data.children);

  const prevKey = periodKey(previousPeriod(data.period));
  const prevData = periodData(snapshots, request.rootUnitId, prevKey, scope);
  const prevPopulation = prevData
    ? childrenOfKind(prevData, rankAmong === 'kind' ? kind : 'all')
    : [];
  const before = prevData ? rankPeriod(prevData, prevPopulation) : null;
  const provisional = !periodClosed(data);
  const previous = !prevData
    ? 'missing'
    : provisional || !periodClosed(prevData)
      ? 'provisional'
      : 'compared';

  const rows: PeerRow[] = listed.map((unit) => {
    const mine = now.rows.get(unit.id);
    const total = mine?.total ?? { value: null, closed: null, source: null };
    const prevTotal = before?.rows.get(unit.id)?.total ?? null;
    // trends.ts decides comparability: both stored, both with a value, both closed.
    const series: PeriodValue[] = [
      { period: data.period, closed: total.closed === true, scope, value: total.value },
    ];
    if (prevData && prevTotal) {
      series.push({
        period: prevData.period,
        closed: prevTotal.closed === true,
        scope,
        value: prevTotal.value,
      });
    }
    const delta = deltaPrevious(series, data.period, scope);
    const totalRank = now.totalRanks.get(unit.id) ?? null;
    const previousRank = before?.totalRanks.get(unit.id)?.rank ?? null;
    const groups = Object.fromEntries(
      GROUP_CODES.map((g) => [
        g,
        { score: mine?.groups.get(g) ?? null, rank: now.groupRanks.get(g)?.get(unit.id) ?? null },
      ]),
    ) as Record<GroupCode, PeerGroupCell>;
    return {
      unit,
      groups,
      total: total.value,
      totalSource: total.source,
      totalRank,
      rating: rateScore(total.value, settings.bands),
      previousTotal: prevTotal?.value ?? null,
      deltaTotal: delta.comparable ? round2(delta.delta) : null,
      deltaReason: delta.comparable ? null : (delta.reason ?? 'missing'),
      previousRank,
      // A rank moves with the same caveat as the total it ranks: never across an open period.
      rankChange: delta.comparable ? rankChange(previousRank, totalRank?.rank) : null,
    };
  });
  rows.sort(
    (a, b) =>
      (a.totalRank?.rank ?? Number.POSITIVE_INFINITY) -
        (b.totalRank?.rank ?? Number.POSITIVE_INFINITY) ||
      compareVietnamese(a.unit.name, b.unit.name) ||
      a.unit.id.localeCompare(b.unit.id),
  );
  return {
    rootUnitId: request.rootUnitId,
    root: data.root,
    periodKey: data.periodKey,
    periodLabel: periodLabel(data.period),
    provisional,
    kind,
    rankAmong,
    groups: GROUPS.map((g) => ({
      code: g.code,
      name: g.name,
      maxScore: g.maxScore,
      captured: data.groups.has(g.code),
    })),
    previousPeriodKey: prevKey,
    previous,
    captures: data.captures,
    rows,
  };
}
