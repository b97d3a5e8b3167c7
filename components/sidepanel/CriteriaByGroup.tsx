import type { Scorecard } from '../../lib/analysis/scorecard';
import { GROUPS, type GroupCode } from '../../lib/model/groups';
import { useLocale } from '../shared/locale';
import { CriterionRow } from './CriterionRow';
import { groupName } from './ScorecardGroups';

/**
 * The criteria, folded by group so the panel stays short; the group the portal page shows is
 * open (and followed: use-follow-shown-group.ts scrolls to it).
 */
export function CriteriaByGroup({
  card,
  shownGroup,
}: {
  card: Scorecard;
  shownGroup: GroupCode | null;
}) {
  const { t, locale } = useLocale();
  return (
    <>
      {GROUPS.map((group) => {
        const items = card.criteria.filter((x) => x.group === group.code && x.maxScore !== 0);
        if (items.length === 0) return null;
        const notMet = items.filter((x) => x.target.status === 'not-met').length;
        const shown = group.code === shownGroup;
        return (
          <details
            key={`${group.code}|${shown}`}
            className="group-criteria"
            data-group-section={group.code}
            aria-current={shown ? 'true' : undefined}
            open={shown}
          >
            <summary>
              <span className="group-criteria-name">
                {groupName(group.code, group.name, locale)}
                {shown && <span className="shown-marker"> · {t('shownOnPortal')}</span>}
              </span>{' '}
              <span className={notMet > 0 ? 'small tone-bad' : 'small muted'}>
                {notMet > 0
                  ? t('panelGroupCriteria', { count: items.length, notMet })
                  : t('panelGroupCriteriaAllMet', { count: items.length })}
              </span>
            </summary>
            <ul className="criteria">
              {items.map((x) => (
                <CriterionRow key={x.code} c={x} />
              ))}
            </ul>
          </details>
        );
      })}
    </>
  );
}
