import { useMemo, useState } from 'react';
import { peerColumns } from '../../lib/compare/columns';
import type { PeerRanking, PeerRow } from '../../lib/compare/peer-ranking';
import { columnById, type SortDirection, sortRows } from '../../lib/compare/table-sort';
import { cellText } from '../../lib/format/table-cell';
import { dashboardHash } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';

/** The columns shown on screen (the workbook has them all), by `peerColumns` id. */
const SHOWN = ['unit', 'total', 'totalRank', 'rating', 'deltaTotal', 'rankChange'] as const;
const SIGNED = new Set(['deltaTotal', 'rankChange']);

interface Sort {
  id: string;
  direction: SortDirection;
}

/** "Xếp hạng cùng cấp": sortable headers, sticky header row, the chosen unit highlighted. */
export function PeerTable({
  table,
  rows,
  highlight,
}: {
  table: PeerRanking;
  rows: readonly PeerRow[];
  highlight: string | null;
}) {
  const { t, locale } = useLocale();
  const [sort, setSort] = useState<Sort | null>(null);
  const columns = useMemo(() => peerColumns(table), [table]);
  const groupIds = table.groups.map((g) => `${g.code}.score`);
  const ids = [SHOWN[0], ...groupIds, ...SHOWN.slice(1)];
  const sorted = useMemo(
    () => (sort ? sortRows(rows, columnById(columns, sort.id), sort.direction, locale) : rows),
    [rows, columns, sort, locale],
  );
  const toggle = (id: string) =>
    setSort((s) =>
      s?.id === id
        ? { id, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { id, direction: id === 'unit' || id.endsWith('Rank') ? 'asc' : 'desc' },
    );

  return (
    <div className="table-scroll">
      <table className="data" data-testid="peer-table">
        <caption>
          {t('compareHeading')} — {table.root?.name ?? table.rootUnitId} — {table.periodLabel}
        </caption>
        <thead>
          <tr>
            {ids.map((id) => {
              const column = columnById(columns, id);
              const ariaSort =
                sort?.id === id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <th
                  key={id}
                  scope="col"
                  aria-sort={ariaSort}
                  className={id === 'unit' ? '' : 'num'}
                >
                  <button type="button" className="sort" data-sort={id} onClick={() => toggle(id)}>
                    {column.label[locale]}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={row.unit.id}
              data-unit={row.unit.id}
              className={row.unit.id === highlight ? 'highlight' : undefined}
              aria-current={row.unit.id === highlight ? 'true' : undefined}
            >
              {ids.map((id) => {
                const column = columnById(columns, id);
                const text = cellText(
                  column.value(row, locale),
                  column.format,
                  locale,
                  SIGNED.has(id),
                );
                if (id === 'unit') {
                  return (
                    <th key={id} scope="row">
                      <a
                        href={dashboardHash({
                          view: 'report',
                          unit: row.unit.id,
                          period: table.periodKey,
                        })}
                      >
                        {text}
                      </a>
                    </th>
                  );
                }
                const rank = id.endsWith('.score')
                  ? row.groups[id.slice(0, 4) as keyof PeerRow['groups']]?.rank?.rank
                  : null;
                return (
                  <td key={id} className="num" data-col={id}>
                    {text}
                    {rank != null && <span className="muted small"> ({rank})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
