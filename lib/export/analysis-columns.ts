import type { AnalyzedObservation } from '../analysis/analyze-snapshot';
import { round2 } from '../format/round';
import type { LongCsvColumn } from './long-csv';

const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/**
 * The analysis columns that follow the base columns of the long CSV:
 * `target,target_met,gap,delta_prev,delta_prev_year,rank,rank_of,rank_change,rating,rank_kind,rank_kind_of`.
 * `target_met` is empty when there is no target for the row or no data to judge it.
 */
export function analysisColumns(
  analysis: ReadonlyMap<number, AnalyzedObservation>,
): LongCsvColumn[] {
  const of = (id: number) => analysis.get(id);
  return [
    { name: 'target', value: (r) => of(r.observation.id)?.target.target ?? null },
    {
      name: 'target_met',
      value: (r) => {
        const status = of(r.observation.id)?.target.status;
        return bit(status === 'met' ? true : status === 'not-met' ? false : null);
      },
    },
    // Differences of two-decimal values, without float noise (−0.47, not −0.47000000000000064).
    { name: 'gap', value: (r) => round2(of(r.observation.id)?.target.gap ?? null) },
    { name: 'delta_prev', value: (r) => round2(of(r.observation.id)?.deltaPrev.delta ?? null) },
    {
      name: 'delta_prev_year',
      value: (r) => round2(of(r.observation.id)?.deltaPrevYear.delta ?? null),
    },
    { name: 'rank', value: (r) => of(r.observation.id)?.rank?.rank ?? null },
    {
      name: 'rank_of',
      value: (r) => {
        const rank = of(r.observation.id)?.rank;
        return rank && rank.rank !== null ? rank.of : null;
      },
    },
    { name: 'rank_change', value: (r) => of(r.observation.id)?.rankChange ?? null },
    { name: 'rating', value: (r) => of(r.observation.id)?.rating?.label ?? null },
    // Added after `rating` so every column before keeps its place.
    { name: 'rank_kind', value: (r) => of(r.observation.id)?.rankKind?.rank ?? null },
    {
      name: 'rank_kind_of',
      value: (r) => {
        const rank = of(r.observation.id)?.rankKind;
        return rank && rank.rank !== null ? rank.of : null;
      },
    },
  ];
}
