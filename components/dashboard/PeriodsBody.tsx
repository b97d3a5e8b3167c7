import { useMemo } from 'react';
import { filterChildren } from '../../lib/compare/child-rows';
import { periodColumns, periodsRowBelowTarget } from '../../lib/compare/columns';
import { tableCsv } from '../../lib/compare/table-csv';
import type { UnitsByPeriods } from '../../lib/compare/units-by-periods';
import { criterionInfo, groupInfo } from '../../lib/model/criteria';
import { type Period, periodLabel } from '../../lib/model/period';
import { useLocale } from '../shared/locale';
import { ChildCount } from './ChildCount';
import { CompareFilters } from './CompareFilters';
import type { CompareBodyProps } from './compare-body-props';
import { MeasureSelect } from './MeasureSelect';
import { PeriodPicker } from './PeriodPicker';
import { PeriodsTable } from './PeriodsTable';
import { TableCsvButtons } from './TableCsvButtons';
import { useRowFilter, useTableSort, useUnitsByPeriods } from './use-compare-tables';
import { ViewState } from './ViewState';

/** Units × periods: the measure and the last month picked, filters, CSV, then the table. */
export function PeriodsBody({
  root,
  period,
  criterion,
  highlight,
  periods,
  onChange,
}: Omit<CompareBodyProps, 'onPeriod'> & {
  criterion: string | null;
  onChange: (next: { period?: string; criterion?: string | undefined }) => void;
}) {
  const { t, locale } = useLocale();
  const filter = useRowFilter();
  const loaded = useUnitsByPeriods(root, period, criterion);
  const table = loaded.state === 'ready' ? loaded.value : null;
  const isCriterion = table?.measure.type === 'criterion';
  const rows = useMemo(
    () =>
      table
        ? filterChildren(
            table.rows,
            {
              kind: filter.kind,
              search: filter.search,
              belowTargetOnly: isCriterion && filter.belowOnly,
            },
            periodsRowBelowTarget,
          )
        : [],
    [table, filter.kind, filter.search, filter.belowOnly, isCriterion],
  );
  const columns = useMemo(() => (table ? periodColumns(table) : []), [table]);
  const sorting = useTableSort(rows, columns);

  return (
    <>
      <div className="pickers">
        <MeasureSelect
          value={criterion ?? ''}
          onChange={(c) => onChange({ criterion: c || undefined })}
        />
        <PeriodPicker value={period} periods={periods} onChange={(p) => onChange({ period: p })} />
        <CompareFilters filter={filter} withBelowOnly={isCriterion} />
      </div>
      {table ? (
        <>
          <div className="table-tools">
            <div>
              <ChildCount shown={rows} all={table.rows} />
              <p className="muted small">
                {t(isCriterion ? 'compareLegendRatio' : 'compareLegendScore')}
                {isCriterion &&
                table.rows.every((r) => r.cells.every((c) => c.target?.target == null))
                  ? ` ${t('compareNoTarget')}`
                  : ''}
              </p>
            </div>
            <TableCsvButtons
              name={`chiso766-qua-cac-thang-${table.root?.code ?? root}-${criterion ?? 'TONG'}-${period}`}
              build={(profile) => tableCsv(columns, sorting.sorted, profile, { locale })}
            />
          </div>
          <PeriodsTable
            table={table}
            sorting={sorting}
            caption={t('comparePeriodsCaption', {
              measure: measureName(table, locale, t('measureTotal')),
              root: table.root?.name ?? root,
              from: label(table.periods[0]?.period, locale),
              to: label(table.periods.at(-1)?.period, locale),
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

const label = (p: Period | undefined, locale: 'vi' | 'en') => (p ? periodLabel(p, locale) : '');

function measureName(table: UnitsByPeriods, locale: 'vi' | 'en', total: string): string {
  const m = table.measure;
  if (m.type === 'total') return total;
  if (m.type === 'group') {
    const g = groupInfo(m.group);
    return locale === 'vi' ? g.name : g.nameEn;
  }
  const c = criterionInfo(m.criterion);
  return c ? (locale === 'vi' ? c.name : c.nameEn) : m.criterion;
}
