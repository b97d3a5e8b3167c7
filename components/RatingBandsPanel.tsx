import { useEffect, useState } from 'react';
import {
  DEFAULT_RATING_BANDS,
  parseRatingBands,
  RATING_NOTE,
  type RatingBand,
} from '../lib/analysis/ratings';
import { ratingBandsItem } from '../lib/settings/target-profiles';
import { StatusMessage } from './StatusMessage';

/** The rating convention (Xuất sắc, Tốt, …): editable, and said to be a convention. */
export function RatingBandsPanel() {
  const [bands, setBands] = useState<RatingBand[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    ratingBandsItem.getValue().then(setBands);
  }, []);
  if (!bands) return null;

  const save = (next: RatingBand[]) => {
    const parsed = parseRatingBands(next);
    if (!parsed.ok) {
      setMessage({ text: parsed.error, error: true });
      return;
    }
    ratingBandsItem.setValue(parsed.bands);
    setMessage({ text: 'Đã lưu thang xếp loại.', error: false });
  };

  return (
    <section aria-labelledby="bands-heading" className="card">
      <h2 id="bands-heading">Thang xếp loại tổng điểm</h2>
      <p className="muted small">{RATING_NOTE}</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Xếp loại</th>
            <th scope="col">Từ (điểm /100)</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a band is its position; labels change while typed.
            <tr key={index}>
              <td>
                <input
                  aria-label="Xếp loại"
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
                  aria-label="Từ điểm"
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
          Lưu thang xếp loại
        </button>
        <button type="button" onClick={() => setBands([...DEFAULT_RATING_BANDS])}>
          Về mặc định
        </button>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
