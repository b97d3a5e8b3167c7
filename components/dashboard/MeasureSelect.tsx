import { criteriaOfGroup } from '../../lib/model/criteria';
import { GROUPS } from '../../lib/model/groups';
import { useLocale } from '../shared/locale';

/** The total, a group or a criterion; '' is the total (the link leaves `criterion` out). */
export function MeasureSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (criterion: string) => void;
}) {
  const { t, locale } = useLocale();
  return (
    <label>
      {t('pickMeasure')}
      <select data-testid="pick-measure" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('measureTotal')}</option>
        {GROUPS.map((g) => (
          <optgroup key={g.code} label={locale === 'vi' ? g.name : g.nameEn}>
            <option value={g.code}>
              {locale === 'vi' ? g.name : g.nameEn} (/{g.maxScore})
            </option>
            {criteriaOfGroup(g.code).map((c) => (
              <option key={c.code} value={c.code}>
                {locale === 'vi' ? c.name : c.nameEn}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
