import { compareLabel } from '../../lib/compare/labels';
import type { UnitsByCriteria, UnitsByCriteriaRow } from '../../lib/compare/units-by-criteria';
import { cellText } from '../../lib/format/table-cell';
import { dashboardHash } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { CompareGrid } from './CompareGrid';
import { SortHeader } from './SortHeader';
import type { TableSorting } from './use-compare-tables';

/**
 * Units × criteria of one period: each criterion's ratio; a cell below target is tinted, says
 * ✗ and how many percentage points it lacks. Empty cells are criteria not stored or counted
 * over nothing, never 0.
 */
export function CriteriaTable({
  table,
  sorting,
  caption,
  highlight,
}: {
  table: UnitsByCriteria;
  sorting: TableSorting<UnitsByCriteriaRow>;
  caption: string;
  highlight: string | null;
}) {
  const { t, locale } = useLocale();
  const { sort, toggle } = sorting;
  return (
    <CompareGrid
      testId="criteria-table"
      caption={caption}
      sorting={sorting}
      highlight={highlight}
      headers={
        <>
          {table.columns.map((c) => (
            <SortHeader key={c.code} id={c.code} sort={sort} onSort={toggle}>
              {locale === 'vi' ? c.name : c.nameEn}
              {c.target !== null && (
                <span className="small muted block">
                  {t('compareTargetAt', { target: cellText(c.target, 'integer', locale) })}
                </span>
              )}
            </SortHeader>
          ))}
          <SortHeader id="belowCount" sort={sort} onSort={toggle}>
            {compareLabel('belowCount', locale)}
          </SortHeader>
        </>
      }
      unitHref={(row) =>
        dashboardHash({ view: 'report', unit: row.unit.id, period: table.periodKey })
      }
      cells={(row) => (
        <>
          {row.cells.map((cell) => (
            <td
              key={cell.code}
              className={cell.below ? 'num cell-bad' : 'num'}
              data-col={cell.code}
              data-status={cell.below ? 'bad' : undefined}
            >
              <span data-value="">{cellText(cell.value, 'decimal', locale)}</span>
              {cell.below && cell.gap !== null && (
                <span className="gap" data-gap="">
                  <span aria-hidden="true">✗ </span>
                  <span className="visually-hidden">{t('compareNotMet')}, </span>
                  {t('compareGap', { gap: cellText(Math.abs(cell.gap), 'decimal', locale) })}
                </span>
              )}
            </td>
          ))}
          <td className="num" data-col="belowCount">
            {row.belowCount > 0 ? row.belowCount : ''}
          </td>
        </>
      )}
    />
  );
}
