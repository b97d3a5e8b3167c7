import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { useLocale } from '../shared/locale';

/** A select of stored periods; the current one is kept even when nothing is stored for it. */
export function PeriodPicker({
  value,
  periods,
  onChange,
}: {
  value: string;
  periods: readonly string[];
  onChange: (periodKey: string) => void;
}) {
  const { t, locale } = useLocale();
  const keys = periods.includes(value) ? periods : [value, ...periods];
  return (
    <label>
      {t('pickPeriod')}
      <select data-testid="pick-period" value={value} onChange={(e) => onChange(e.target.value)}>
        {keys.map((key) => {
          const period = parsePeriodKey(key);
          return (
            <option key={key} value={key}>
              {period ? periodLabel(period, locale) : key}
            </option>
          );
        })}
      </select>
    </label>
  );
}
