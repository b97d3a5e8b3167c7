import type { Measure } from '../compare/units-by-periods';
import type { Locale } from '../format/vietnamese';
import { criterionInfo, groupInfo } from '../model/criteria';

/** "Tổng điểm", a group's name, or a criterion's name (its code when unknown). */
export function measureLabel(measure: Measure, locale: Locale): string {
  if (measure.type === 'total') return locale === 'vi' ? 'Tổng điểm' : 'Total';
  if (measure.type === 'group') {
    const g = groupInfo(measure.group);
    return locale === 'vi' ? g.name : g.nameEn;
  }
  const c = criterionInfo(measure.criterion);
  if (!c) return measure.criterion;
  return locale === 'vi' ? c.name : c.nameEn;
}

/** The line of full score: 100, the group's maximum, or the criterion's full-score ratio. */
export function fullScoreLine(measure: Measure): number | null {
  if (measure.type === 'total') return 100;
  if (measure.type === 'group') return groupInfo(measure.group).maxScore;
  return criterionInfo(measure.criterion)?.fullScoreAt ?? null;
}
