import type { SnapshotData } from '../analysis/analyze-snapshot';
import { type RatingBand, rateScore } from '../analysis/ratings';
import type { Period } from '../model/period';
import { indexPeriod, type PeriodIndex, totalOf } from './period-index';
import type { MonthRow, ReportRating } from './report-model';
import { siblingRank } from './sibling-rank';

/**
 * THÁNG | TỔNG ĐIỂM | XẾP LOẠI | HẠNG for the months of the period's year up to its end
 * (reports.md §1.6): one row per month with anything stored for the unit, oldest first.
 */

/** The last month a period covers: a month itself, a quarter's third month, a year's December. */
export function lastMonthOf(period: Period): number {
  if (period.type === 'month') return period.number ?? 12;
  if (period.type === 'quarter') return 3 * (period.number ?? 4);
  return 12;
}

export function ratingOf(score: number | null, bands: readonly RatingBand[]): ReportRating | null {
  const band = rateScore(score, bands);
  return band ? { label: band.label, labelEn: band.labelEn ?? null } : null;
}

export const monthKey = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}`;

export function monthRow(
  index: PeriodIndex,
  unitId: string,
  month: number,
  bands: readonly RatingBand[],
): MonthRow | null {
  const facts = index.units.get(unitId);
  if (!facts) return null;
  const total = totalOf(facts);
  const rank = siblingRank(index, unitId);
  return {
    periodKey: index.periodKey,
    month,
    total: total.score,
    totalSource: total.source,
    rating: ratingOf(total.score, bands),
    rank: rank.ok ? { rank: rank.rank.rank, of: rank.rank.of } : null,
    provisional: facts.captures.some((c) => c.periodClosed !== true),
  };
}

export function buildMonthTable(
  snapshots: readonly SnapshotData[],
  unitId: string,
  period: Period,
  bands: readonly RatingBand[],
  /** Indexes already built by the caller, reused so no month is indexed twice. */
  known: ReadonlyMap<string, PeriodIndex> = new Map(),
): MonthRow[] {
  const rows: MonthRow[] = [];
  for (let month = 1; month <= lastMonthOf(period); month++) {
    const key = monthKey(period.year, month);
    const index = known.get(key) ?? indexPeriod(snapshots, key);
    const row = monthRow(index, unitId, month, bands);
    if (row) rows.push(row);
  }
  return rows;
}
