import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import type { Scorecard } from '../../lib/analysis/scorecard';
import { formatNumber, type Locale } from '../../lib/format/vietnamese';
import { useLocale } from '../shared/locale';

/** The default bands carry an English label; bands the official renamed stay as typed. */
function ratingText(rating: string, locale: Locale): string {
  if (locale === 'vi') return rating;
  return DEFAULT_RATING_BANDS.find((band) => band.label === rating)?.labelEn ?? rating;
}

/** The unit's headline: total /100, rating and rank, and whether the total was summed here. */
export function ScorecardTotal({ card }: { card: Scorecard }) {
  const { t, locale } = useLocale();
  if (!card.total) {
    return <p className="muted">{t('totalMissing')}</p>;
  }
  const { total } = card;
  return (
    <p className="headline" data-testid="scorecard-total">
      {t('pointsOf', { score: formatNumber(total.score, 2, locale), max: 100 })}
      {total.rating && ` — ${ratingText(total.rating, locale)}`}
      {total.rank?.rank != null &&
        ` — ${t('rankOf', { rank: total.rank.rank, of: total.rank.of })}`}
      {total.derived && <span className="muted small"> ({t('summedFromGroups')})</span>}
    </p>
  );
}
