import { chosenRank, type RankAmong } from '../../lib/analysis/rank-facts';
import type { Scorecard } from '../../lib/analysis/scorecard';
import { formatNumber, type Locale } from '../../lib/format/vietnamese';
import { rankWords } from '../../lib/i18n/rank-words';
import { GROUPS, type GroupCode } from '../../lib/model/groups';
import { useLocale } from '../shared/locale';

/** Group names have an English form; criteria and units keep the portal's Vietnamese. */
export function groupName(code: GroupCode, fallback: string, locale: Locale): string {
  if (locale === 'vi') return fallback;
  return GROUPS.find((g) => g.code === code)?.nameEn ?? fallback;
}

/** The six groups: score against the maximum, and the unit's rank in each. */
export function ScorecardGroups({
  card,
  shownGroup,
  among,
}: {
  card: Scorecard;
  shownGroup: GroupCode | null;
  among: RankAmong;
}) {
  const { t, locale } = useLocale();
  return (
    <ul className="groups" aria-label={t('groupScores')}>
      {card.groups.map((g) => {
        const name = groupName(g.code, g.name, locale);
        const score = `${formatNumber(g.score, 2, locale)}/${g.maxScore}`;
        const rank = chosenRank(g.ranks, among);
        return (
          <li
            key={g.code}
            data-group={g.code}
            aria-current={g.code === shownGroup ? 'true' : undefined}
          >
            <span className="group-name">
              {name}
              {g.code === shownGroup && (
                <span className="shown-marker"> · {t('shownOnPortal')}</span>
              )}
            </span>
            <meter min={0} max={g.maxScore} value={g.score ?? 0} aria-label={`${name}: ${score}`} />
            <span className="num" data-testid={`group-score-${g.code}`}>
              {g.stored ? score : t('notStored')}
            </span>
            {rank && (
              <span
                className="group-rank muted small"
                data-testid={`group-rank-${g.code}`}
                title={rankWords(rank, locale)}
              >
                {rankWords(rank, locale, true)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
