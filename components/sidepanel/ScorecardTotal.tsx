import { chosenRank, type RankAmong } from '../../lib/analysis/rank-facts';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import type { Scorecard } from '../../lib/analysis/scorecard';
import { formatNumber, type Locale } from '../../lib/format/vietnamese';
import { rankWords } from '../../lib/i18n/rank-words';
import { parsePeriodKey, periodLabel, previousPeriod } from '../../lib/model/period';
import { useLocale } from '../shared/locale';
import { CaptureMissingHere } from './CaptureMissingHere';

/** The default bands carry an English label; bands the official renamed stay as typed. */
function ratingText(rating: string, locale: Locale): string {
  if (locale === 'vi') return rating;
  return DEFAULT_RATING_BANDS.find((band) => band.label === rating)?.labelEn ?? rating;
}

// Scores carry two decimals: a smaller change is no change.
const STILL = 0.005;

/**
 * The unit's headline, as a report opens: total /100 and rating, rank among its peers, change
 * since the previous period; without a total, what is missing and the button that fetches it.
 */
export function ScorecardTotal({ card, among }: { card: Scorecard; among: RankAmong }) {
  const { t, locale } = useLocale();
  if (!card.total) return <CaptureMissingHere card={card} />;
  const { total } = card;
  const rank = chosenRank(total.ranks, among);
  const delta = total.delta?.delta ?? null;
  const period = parsePeriodKey(card.periodKey);
  const previous = period ? periodLabel(previousPeriod(period), locale) : '';
  return (
    <div className="headline-block" data-testid="scorecard-headline">
      <p className="headline" data-testid="scorecard-total">
        {t('pointsOf', { score: formatNumber(total.score, 2, locale), max: 100 })}
        {total.rating && ` — ${ratingText(total.rating, locale)}`}
        {total.derived && <span className="muted small"> ({t('summedFromGroups')})</span>}
      </p>
      {rank && (
        <p className="headline-rank" data-testid="scorecard-rank" data-rank={rank.rank}>
          {rankWords(rank, locale)}
        </p>
      )}
      {delta !== null && (
        <p
          data-testid="scorecard-delta"
          className={delta > STILL ? 'tone-good' : delta < -STILL ? 'tone-bad' : 'tone-neutral'}
        >
          {Math.abs(delta) <= STILL
            ? t('panelDeltaSame', { previous })
            : t('panelDelta', {
                sign: delta > 0 ? '▲' : '▼',
                delta: formatNumber(Math.abs(delta), 2, locale),
                previous,
              })}
        </p>
      )}
    </div>
  );
}
