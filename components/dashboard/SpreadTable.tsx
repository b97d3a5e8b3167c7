import { useMemo, useState } from 'react';
import { cellText } from '../../lib/format/table-cell';
import { type SpreadSortKey, sortSpreadTable, type UnitSpread } from '../../lib/trend/unit-spread';
import { useLocale } from '../shared/locale';

interface Sort {
  key: SpreadSortKey;
  direction: 'asc' | 'desc';
}

/** The spread as a table (rank, unit, value, met or not), sortable by value or name. */
export function SpreadTable({ spread, caption }: { spread: UnitSpread; caption: string }) {
  const { t, locale } = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'value', direction: 'desc' });
  const rows = useMemo(
    () => sortSpreadTable(spread.points, sort.key, sort.direction),
    [spread, sort],
  );
  const toggle = (key: SpreadSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );
  const ariaSort = (key: SpreadSortKey) =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div className="table-scroll">
      <table className="data" data-testid="spread-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('colRank')}
            </th>
            <th scope="col" aria-sort={ariaSort('name')}>
              <button
                type="button"
                className="sort"
                data-sort="name"
                onClick={() => toggle('name')}
              >
                {t('colUnitName')}
              </button>
            </th>
            <th scope="col" className="num" aria-sort={ariaSort('value')}>
              <button
                type="button"
                className="sort"
                data-sort="value"
                onClick={() => toggle('value')}
              >
                {t('colValue')}
              </button>
            </th>
            <th scope="col">
              {t(spread.line === 'target' ? 'spreadColMetTarget' : 'spreadColMetFull')}
              {spread.lineValue !== null && ` (${cellText(spread.lineValue, 'decimal', locale)})`}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const chosen = p.unit.id === spread.highlight;
            return (
              <tr
                key={p.unit.id}
                data-unit={p.unit.id}
                className={chosen ? 'highlight' : undefined}
                aria-current={chosen ? 'true' : undefined}
              >
                <td className="num" data-col="rank">
                  {p.rank ?? ''}
                </td>
                <th scope="row">{p.unit.name}</th>
                <td className="num" data-col="value">
                  {cellText(p.value, 'decimal', locale)}
                </td>
                <td data-col="met" data-met={p.met === null ? undefined : String(p.met)}>
                  {p.met === null ? '' : t(p.met ? 'spreadMet' : 'spreadNotMet')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
