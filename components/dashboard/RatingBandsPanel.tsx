import { useEffect, useState } from 'react';
import {
  DEFAULT_RATING_BANDS,
  parseRatingBands,
  type RatingBand,
} from '../../lib/analysis/ratings';
import { ratingBandsItem } from '../../lib/settings/target-profiles';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

/** The rating convention (Xuất sắc, Tốt, …): editable, and said to be a convention. */
export function RatingBandsPanel() {
  const { t, locale } = useLocale();
  const [bands, setBands] = useState<RatingBand[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    ratingBandsItem.getValue().then(setBands);
  }, []);
  if (!bands) return null;

  const save = (next: RatingBand[]) => {
    const parsed = parseRatingBands(next, locale);
    if (!parsed.ok) {
      setMessage({ text: parsed.error, error: true });
      return;
    }
    ratingBandsItem.setValue(parsed.bands);
    setMessage({ text: t('bandsSaved'), error: false });
  };

  return (
    <section aria-labelledby="bands-heading" className="card">
      <h2 id="bands-heading">{t('bandsHeading')}</h2>
      <p className="muted small">{t('ratingNote')}</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('colRating')}</th>
            <th scope="col">{t('colBandMin')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a band is its position; labels change while typed.
            <tr key={index}>
              <td>
                <input
                  aria-label={t('colRating')}
                  value={band.label}
                  onChange={(e) =>
                    setBands(
                      bands.map((b, i) => (i === index ? { ...b, label: e.target.value } : b)),
                    )
                  }
                />
              </td>
              <td>
                <input
                  aria-label={t('bandMinAria')}
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={band.min}
                  onChange={(e) =>
                    setBands(
                      bands.map((b, i) =>
                        i === index ? { ...b, min: e.target.valueAsNumber } : b,
                      ),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => save(bands)}>
          {t('bandsSave')}
        </button>
        <button type="button" onClick={() => setBands([...DEFAULT_RATING_BANDS])}>
          {t('bandsReset')}
        </button>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
