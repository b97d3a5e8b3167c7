import { GROUP_CODES } from '../model/groups';
import { groupOfCriterion, type Measure } from './measure';
import { observationOf, type PeriodData } from './period-data';

/**
 * Whether the value a table shows for a unit came from an import (lib/import) rather than a
 * capture, so it can carry the mark. A total counts as imported when the portal's total or
 * any group score it is summed from was imported.
 */
export function isImportedValue(data: PeriodData, measure: Measure, unitId: string): boolean {
  const imported = (group: string, criterion: string | null) =>
    observationOf(data, unitId, group, criterion)?.observation.source === 'import';
  if (measure.type === 'group') return imported(measure.group, null);
  if (measure.type === 'criterion') {
    const group = groupOfCriterion(data, unitId, measure.criterion);
    return group ? imported(group, measure.criterion) : false;
  }
  const total = observationOf(data, unitId, 'TOTAL', null);
  if (total) return total.observation.source === 'import';
  return GROUP_CODES.some((g) => imported(g, null));
}
