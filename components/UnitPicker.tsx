import { useId, useMemo, useState } from 'react';
import type { Scorecard } from '../lib/analysis/scorecard';
import { compareVietnamese, matchesSearch } from '../lib/format/search-text';

const KIND: Record<string, string> = {
  PROVINCE: 'tỉnh',
  AGENCY: 'sở, ngành',
  COMMUNE: 'xã, phường',
  NATION: '',
};

/** Search that ignores diacritics ("phu tho"), Vietnamese order, root first. */
export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: Scorecard['units'];
  value: string;
  onChange: (id: string) => void;
}) {
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
      <label htmlFor={`${id}-q`}>Tìm đơn vị</label>
      <input
        id={`${id}-q`}
        type="search"
        data-testid="unit-search"
        placeholder="ví dụ: phu tho, xuan lung"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label htmlFor={`${id}-u`}>Đơn vị</label>
      <select
        id={`${id}-u`}
        data-testid="unit-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
            {KIND[u.kind] ? ` (${KIND[u.kind]})` : ''}
          </option>
        ))}
      </select>
      <span className="muted small" aria-live="polite">
        {shown.length} đơn vị
      </span>
    </div>
  );
}
