import { useMemo } from 'react';
import { peerColumns } from '../../lib/compare/columns';
import { tableCsv } from '../../lib/compare/table-csv';
import { filterRows } from '../../lib/compare/table-sort';
import { useLocale } from '../shared/locale';
import { CompareFilters } from './CompareFilters';
import type { CompareBodyProps } from './compare-body-props';
import { PeerTable } from './PeerTable';
import { PeriodPicker } from './PeriodPicker';
import { TableCsvButtons } from './TableCsvButtons';
import { useRowFilter, useTableSort } from './use-compare-tables';
import { usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';
import { WorkbookButton } from './WorkbookButton';

/** "Xếp hạng cùng cấp": period and filters, the workbook and CSV, then the ranking. */
export function CompareBody({ root, period, highlight, periods, onPeriod }: CompareBodyProps) {
  const { t, locale } = useLocale();
  const filter = useRowFilter();
  // Ranks are among the kind shown, so the kind is asked of the background, not filtered here.
  const ranking = usePeerRanking(root, period, filter.kind);
  const table = ranking.state === 'ready' ? ranking.value : null;
  const rows = useMemo(
    () => (table ? filterRows(table.rows, { search: filter.search }) : []),
    [table, filter.search],
  );
  const columns = useMemo(() => (table ? peerColumns(table) : []), [table]);
  const sorting = useTableSort(rows, columns);
  return (
    <>
      <div className="pickers">
        <PeriodPicker value={period} periods={periods} onChange={onPeriod} />
        <CompareFilters filter={filter} withBelowOnly={false} />
      </div>
      {table ? (
        <>
          <div className="table-tools">
            <div>
              <p className="muted small" data-testid="compare-count">
                {t('compareCount', { shown: rows.length, total: table.rows.length })}
                {table.provisional && ` ${t('compareProvisional')}`}
              </p>
            </div>
            <WorkbookButton root={root} period={period} kind={filter.kind} highlight={highlight} />
            <TableCsvButtons
              name={`chiso766-xep-hang-${table.root?.code ?? root}${
                filter.kind === 'all' ? '' : `-${filter.kind.toLowerCase()}`
              }-${table.periodKey}`}
              build={(profile) => tableCsv(columns, sorting.sorted, profile, { locale })}
            />
          </div>
          <PeerTable table={table} sorting={sorting} highlight={highlight} />
        </>
      ) : (
        <ViewState loadable={ranking} />
      )}
    </>
  );
}
