import { useState } from 'react';
import { compareVietnamese } from '../../lib/format/search-text';
import { MAX_TREND_UNITS } from '../../lib/routes/dashboard-route';
import { seriesStyle } from '../../lib/trend/series-style';
import { useLocale } from '../shared/locale';
import { LegendSwatch } from './LegendSwatch';
import type { UnitOption } from './UnitSelect';

/**
 * Adds units to the trend chart and removes them: a select and a button to add, a list of
 * the chosen units each with its own remove button. Keyboard only works throughout.
 */
export function OverlayPicker({
  unit,
  chosen,
  root,
  units,
  names,
  onChange,
}: {
  unit: string;
  chosen: readonly string[];
  root: UnitOption | null;
  units: readonly UnitOption[];
  names: ReadonlyMap<string, string>;
  onChange: (next: string[]) => void;
}) {
  const { t } = useLocale();
  const [pick, setPick] = useState('');
  const full = 1 + chosen.length >= MAX_TREND_UNITS;
  const sorted = [...units].sort((a, b) => compareVietnamese(a.name, b.name));
  const candidates = [...(root ? [root] : []), ...sorted].filter(
    (o) => o.id !== unit && !chosen.includes(o.id),
  );
  const selected = candidates.some((o) => o.id === pick) ? pick : '';
  const add = () => {
    if (!selected || full) return;
    onChange([...chosen, selected]);
    setPick('');
  };
  return (
    <fieldset className="overlay-picker" data-testid="overlay-picker">
      <legend>{t('trendOverlayPick')}</legend>
      <div className="overlay-add">
        <select
          data-testid="pick-overlay"
          aria-label={t('trendOverlayPick')}
          value={selected}
          disabled={full}
          onChange={(e) => setPick(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <option value="">—</option>
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="button" data-testid="overlay-add" disabled={full || !selected} onClick={add}>
          {t('trendOverlayAdd')}
        </button>
        {full && (
          <span className="muted" role="status">
            {t('trendOverlayFull', { max: MAX_TREND_UNITS })}
          </span>
        )}
      </div>
      {chosen.length > 0 && (
        <ul className="overlay-chosen" aria-label={t('trendOverlayList')}>
          {chosen.map((id, i) => {
            const name = names.get(id) ?? id;
            const style = seriesStyle(i + 1);
            return (
              <li key={id} data-unit={id}>
                <LegendSwatch stroke={style.stroke} dash={style.dash} />
                <span>{name}</span>
                <button
                  type="button"
                  className="remove"
                  data-testid="overlay-remove"
                  data-unit={id}
                  aria-label={t('trendOverlayRemove', { unit: name })}
                  title={t('trendOverlayRemove', { unit: name })}
                  onClick={() => onChange(chosen.filter((c) => c !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
