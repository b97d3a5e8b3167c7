import { comparedValue } from '../analysis/analyze-snapshot';
import { round2 } from '../format/round';
import { criterionInfo, groupInfo } from '../model/criteria';
import { GROUP_CODES, type GroupCode } from '../model/groups';
import {
  groupScore,
  observationOf,
  type PeriodData,
  type StoredValue,
  totalOf,
} from './period-data';

/** What a units × periods table follows: the total out of 100, one group, or one criterion. */
export type Measure =
  | { type: 'total' }
  | { type: 'group'; group: GroupCode }
  | { type: 'criterion'; criterion: string };

export function groupOfCriterion(
  data: PeriodData,
  unitId: string,
  criterion: string,
): GroupCode | null {
  const known = criterionInfo(criterion)?.group;
  if (known) return known;
  return GROUP_CODES.find((g) => observationOf(data, unitId, g, criterion)) ?? null;
}

/**
 * The measure's value for a unit in one period: the score of a total or group, the compared
 * ratio of a criterion (null when counted over nothing, as lib/analysis judges it).
 */
export function measured(data: PeriodData, measure: Measure, unitId: string): StoredValue {
  if (measure.type === 'total') return totalOf(data, unitId);
  if (measure.type === 'group') {
    const stored = groupScore(data, measure.group, unitId);
    return { value: round2(stored.value), closed: stored.closed };
  }
  const group = groupOfCriterion(data, unitId, measure.criterion);
  const entry = group ? observationOf(data, unitId, group, measure.criterion) : null;
  return entry ? { value: comparedValue(entry.observation), closed: entry.closed } : NOT_STORED;
}

export const NOT_STORED: StoredValue = { value: null, closed: null };

/** Full score of the measure; null for a criterion, whose value is a ratio. */
export function maxOf(measure: Measure): number | null {
  if (measure.type === 'total') return 100;
  if (measure.type === 'group') return groupInfo(measure.group).maxScore;
  return null;
}
