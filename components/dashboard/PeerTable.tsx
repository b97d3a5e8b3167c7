import { useMemo } from 'react';
import { peerColumns } from '../../lib/compare/columns';
import type { PeerRanking, PeerRow } from '../../lib/compare/peer-ranking';
import { columnById } from '../../lib/compare/table-sort';
import { cellText } from '../../lib/format/table-cell';
import { dashboardHash } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { SortHeader } from './SortHeader';
import type { TableSorting } from './use-compare-tables';

/** The columns shown on screen (the workbook has them all), by `peerColumns` id. */
const SHOWN = ['unit', 'total', 'totalRank', 'rating', 'deltaTotal', 'rankChange'] as const;
const SIGNED = new Set(['deltaTotal', 'rankChange']);

/** "Xếp hạng cùng cấp": sortable headers, sticky header row, the chosen unit highlighted. */
export function PeerTable({
  table,
  sorting,
  highlight,
}: {
  table: PeerRanking;
  sorting: TableSorting<PeerRow>;
  highlight: string | null;
}) {
  const { t, locale } = useLocale();
  const { sorted, sort, toggle } = sorting;
  const columns = useMemo(() => peerColumns(table), [table]);
  const groupIds = table.groups.map((g) => `${g.code}.score`);
  const ids = [SHOWN[0], ...groupIds, ...SHOWN.slice(1)];

  return (
    <div className="table-scroll">
      <table className="data" data-testid="peer-table">
        <caption>
          {t('compareHeading')} — {table.root?.name ?? table.rootUnitId} — {table.periodLabel}
        </caption>
        <thead>
          <tr>
            {ids.map((id) => (
              <SortHeader key={id} id={id} sort={sort} onSort={toggle} numeric={id !== 'unit'}>
                {columnById(columns, id).label[locale]}
              </SortHeader>
            ))}
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
