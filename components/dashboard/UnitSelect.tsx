import { compareVietnamese } from '../../lib/format/search-text';
import { useLocale } from '../shared/locale';

export interface UnitOption {
  id: string;
  name: string;
}

/**
 * A select of units: the root first, then its children in Vietnamese order. Names come from
 * the portal and are rendered as text only.
 */
export function UnitSelect({
  value,
  root,
  units,
  onChange,
}: {
  value: string;
  root: UnitOption | null;
  units: readonly UnitOption[];
  onChange: (unitId: string) => void;
}) {
  const { t } = useLocale();
  const sorted = [...units].sort((a, b) => compareVietnamese(a.name, b.name));
  const options = [...(root ? [root] : []), ...sorted];
  if (!options.some((o) => o.id === value)) options.unshift({ id: value, name: value });
  return (
    <label>
      {t('pickUnit')}
      <select data-testid="pick-unit" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
