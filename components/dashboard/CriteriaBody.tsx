import { useMemo, useState } from 'react';
import { filterChildren } from '../../lib/compare/child-rows';
import { criteriaColumns, criteriaRowBelowTarget } from '../../lib/compare/columns';
import { tableCsv } from '../../lib/compare/table-csv';
import type { UnitsByCriteria } from '../../lib/compare/units-by-criteria';
import { useLocale } from '../shared/locale';
import { ChildCount } from './ChildCount';
import { CompareFilters } from './CompareFilters';
import { CriteriaTable } from './CriteriaTable';
import type { CompareBodyProps } from './compare-body-props';
import { PeriodPicker } from './PeriodPicker';
import { TableCsvButtons } from './TableCsvButtons';
import { useRowFilter, useTableSort, useUnitsByCriteria } from './use-compare-tables';
import { ViewState } from './ViewState';

/** Units × criteria of one period: the period, filters (below target only), CSV, the table. */
export function CriteriaBody({ root, period, highlight, periods, onPeriod }: CompareBodyProps) {
  const { t, locale } = useLocale();
  const filter = useRowFilter();
  const [all, setAll] = useState(false);
  const loaded = useUnitsByCriteria(root, period, all);
  const table = useMemo(
    () => (loaded.state === 'ready' && loaded.value ? withValues(loaded.value) : null),
    [loaded],
  );
  const rows = useMemo(
    () =>
      table
        ? filterChildren(
            table.rows,
            { kind: filter.kind, search: filter.search, belowTargetOnly: filter.belowOnly },
            criteriaRowBelowTarget,
          )
        : [],
    [table, filter.kind, filter.search, filter.belowOnly],
  );
  const columns = useMemo(() => (table ? criteriaColumns(table) : []), [table]);
  const sorting = useTableSort(rows, columns);

  return (
    <>
      <div className="pickers">
        <PeriodPicker value={period} periods={periods} onChange={onPeriod} />
        <CompareFilters filter={filter} withBelowOnly />
        <label className="check">
          <input
            type="checkbox"
            data-testid="compare-all-criteria"
            checked={all}
            onChange={(e) => setAll(e.target.checked)}
          />
          {t('compareAllCriteria')}
        </label>
      </div>
      {table ? (
        <>
          <div className="table-tools">
            <div>
              <ChildCount shown={rows} all={table.rows} provisional={table.provisional} />
              <p className="muted small">{t('compareLegendCriteria')}</p>
            </div>
            <TableCsvButtons
              name={`chiso766-chi-tieu-${table.root?.code ?? root}-${table.periodKey}`}
              build={(profile) => tableCsv(columns, sorting.sorted, profile, { locale })}
            />
          </div>
          <CriteriaTable
            table={table}
            sorting={sorting}
            caption={t('compareCriteriaCaption', {
              root: table.root?.name ?? root,
              period: table.periodLabel,
            })}
            highlight={highlight}
          />
        </>
      ) : (
        <ViewState loadable={loaded} />
      )}
    </>
  );
}

/** Without the criteria no unit has a value for (counted over nothing everywhere): empty columns. */
function withValues(table: UnitsByCriteria): UnitsByCriteria {
  const keep = table.columns.map((_, i) => table.rows.some((r) => r.cells[i]?.value != null));
  if (keep.every(Boolean)) return table;
  return {
    ...table,
    columns: table.columns.filter((_, i) => keep[i]),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) })),
  };
}
