import { useId, useMemo, useState } from 'react';
import type { Scorecard } from '../../lib/analysis/scorecard';
import { compareVietnamese, matchesSearch } from '../../lib/format/search-text';
import type { StringKey } from '../../lib/i18n/strings';
import { useLocale } from '../shared/locale';

/** Shown after a unit's name; the nation needs no kind. */
const KIND: Record<string, StringKey> = {
  PROVINCE: 'kindProvinceLower',
  AGENCY: 'kindAgencyLower',
  COMMUNE: 'kindCommuneLower',
};

/**
 * Search that ignores diacritics ("phu tho"), Vietnamese order, root first; a search that
 * leaves one unit selects it.
 */
export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: Scorecard['units'];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const id = useId();
  const shown = useMemo(() => {
    const [root, ...rest] = units;
    const sorted = rest.sort((a, b) => compareVietnamese(a.name, b.name));
    return [...(root ? [root] : []), ...sorted].filter(
      (u) => u.id === value || matchesSearch(u.name, query),
    );
  }, [units, query, value]);
  return (
    <div className="unit-picker">
      <label htmlFor={`${id}-q`}>{t('unitSearch')}</label>
      <input
        id={`${id}-q`}
        type="search"
        data-testid="unit-search"
        placeholder={t('unitSearchExample')}
        value={query}
        onChange={(e) => {
          const next = e.target.value;
          setQuery(next);
          // One unit answers the search ("viet tri"): that is the one meant, so show it.
          const matches = next.trim() ? units.filter((u) => matchesSearch(u.name, next)) : [];
          const only = matches.length === 1 ? matches[0] : undefined;
          if (only && only.id !== value) onChange(only.id);
        }}
      />
      <label htmlFor={`${id}-u`}>{t('unitPick')}</label>
      <select
        id={`${id}-u`}
        data-testid="unit-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((u) => {
          const kind = KIND[u.kind];
          return (
            <option key={u.id} value={u.id}>
              {u.name}
              {kind ? ` (${t(kind)})` : ''}
            </option>
          );
        })}
      </select>
      <span className="muted small" aria-live="polite">
        {t('unitCount', { count: shown.length })}
      </span>
    </div>
  );
}
