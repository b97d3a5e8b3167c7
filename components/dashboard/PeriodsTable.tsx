import type {
  PeriodCell,
  UnitsByPeriods,
  UnitsByPeriodsRow,
} from '../../lib/compare/units-by-periods';
import { cellText } from '../../lib/format/table-cell';
import { type Period, periodLabel } from '../../lib/model/period';
import { dashboardHash } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { CompareGrid } from './CompareGrid';
import { SortHeader } from './SortHeader';
import type { TableSorting } from './use-compare-tables';

/** "08/2026": a month column stays narrow; quarters and years keep their label. */
const shortLabel = (period: Period, locale: 'vi' | 'en') =>
  period.type === 'month'
    ? `${String(period.number).padStart(2, '0')}/${period.year}`
    : periodLabel(period, locale);

/**
 * Units × periods: one column per stored month, the root's own line first. A cell is coloured
 * against the target (a criterion) or the full score (total, group), says so with ✓ or ✗, and
 * shows ▲ ▼ against the month before; a period with nothing stored is an empty cell.
 */
export function PeriodsTable({
  table,
  sorting,
  caption,
  highlight,
}: {
  table: UnitsByPeriods;
  sorting: TableSorting<UnitsByPeriodsRow>;
  caption: string;
  highlight: string | null;
}) {
  const { t, locale } = useLocale();
  const { sort, toggle } = sorting;
  const criterion = table.measure.type === 'criterion' ? table.measure.criterion : null;
  const trendParam = criterion ?? (table.measure.type === 'group' ? table.measure.group : null);

  const mark = (cell: PeriodCell): { className: string; sign: string; word: string } | null => {
    if (cell.value === null) return null;
    if (criterion) {
      if (cell.target?.status === 'met')
        return { className: 'cell-good', sign: '✓', word: t('compareMet') };
      if (cell.target?.status === 'not-met') {
        return { className: 'cell-bad', sign: '✗', word: t('compareNotMet') };
      }
      return null;
    }
    return cell.fullScore === 'full'
      ? { className: 'cell-good', sign: '✓', word: t('compareFull') }
      : null;
  };
  const trendWord = (cell: PeriodCell) => {
    if (cell.delta === null || cell.trend === null) return null;
    const delta = cellText(Math.abs(cell.delta), 'decimal', locale);
    if (cell.trend === 'up') return { arrow: '▲', word: t('compareUp', { delta }) };
    if (cell.trend === 'down') return { arrow: '▼', word: t('compareDown', { delta }) };
    return { arrow: '', word: t('compareSame') };
  };

  return (
    <CompareGrid
      testId="periods-table"
      caption={caption}
      sorting={sorting}
      highlight={highlight}
      headers={table.periods.map((p) => (
        <SortHeader key={p.key} id={p.key} sort={sort} onSort={toggle}>
          {shortLabel(p.period, locale)}
          {p.provisional && <span className="small muted"> ({t('compareProvisionalShort')})</span>}
        </SortHeader>
      ))}
      unitHref={(row) => dashboardHash({ view: 'trend', unit: row.unit.id, criterion: trendParam })}
      cells={(row) =>
        row.cells.map((cell) => {
          const m = mark(cell);
          const trend = trendWord(cell);
          return (
            <td
              key={cell.periodKey}
              className={['num', m?.className ?? ''].join(' ').trim()}
              data-col={cell.periodKey}
              data-status={m ? (m.sign === '✓' ? 'good' : 'bad') : undefined}
              data-trend={cell.trend ?? undefined}
              data-imported={cell.imported ? 'true' : undefined}
              title={trend?.word}
            >
              <span data-value="">{cellText(cell.value, 'decimal', locale)}</span>
              {cell.imported && cell.value !== null && (
                <span className="small muted"> ({t('importMark')})</span>
              )}
              {m && (
                <>
                  <span aria-hidden="true" className="mark">
                    {m.sign}
                  </span>
                  <span className="visually-hidden"> {m.word}</span>
                </>
              )}
              {trend && (
                <>
                  {trend.arrow && (
                    <span aria-hidden="true" className="arrow">
                      {trend.arrow}
                    </span>
                  )}
                  <span className="visually-hidden">, {trend.word}</span>
                </>
              )}
            </td>
          );
        })
      }
    />
  );
}
