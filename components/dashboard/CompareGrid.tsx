import type { ReactNode } from 'react';
import { compareLabel } from '../../lib/compare/labels';
import type { UnitRef } from '../../lib/compare/period-data';
import { useLocale } from '../shared/locale';
import { SortHeader } from './SortHeader';
import type { TableSorting } from './use-compare-tables';

/** A comparison row: one unit, the root's own line marked so it is styled apart. */
type GridRow = { unit: UnitRef; isRoot: boolean };

/**
 * The shell the units × criteria and units × periods tables share: a scrolling sortable table
 * whose first column is the unit (linking to `unitHref`), the chosen unit highlighted and the
 * root's line set apart. The table brings its own headers and cells.
 */
export function CompareGrid<Row extends GridRow>({
  testId,
  caption,
  sorting,
  highlight,
  headers,
  unitHref,
  cells,
}: {
  testId: string;
  caption: string;
  sorting: TableSorting<Row>;
  highlight: string | null;
  /** The column headers after the unit's (SortHeaders on `sorting`). */
  headers: ReactNode;
  unitHref: (row: Row) => string;
  /** The row's cells after the unit's. */
  cells: (row: Row) => ReactNode;
}) {
  const { locale } = useLocale();
  const { sorted, sort, toggle } = sorting;
  return (
    <div className="table-scroll">
      <table className="data compare-grid" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader id="unit" sort={sort} onSort={toggle} numeric={false}>
              {compareLabel('unit', locale)}
            </SortHeader>
            {headers}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const chosen = row.unit.id === highlight;
            const classes = [chosen ? 'highlight' : '', row.isRoot ? 'root-row' : '']
              .join(' ')
              .trim();
            return (
              <tr
                key={row.unit.id}
                data-unit={row.unit.id}
                className={classes || undefined}
                aria-current={chosen ? 'true' : undefined}
              >
                <th scope="row">
                  <a href={unitHref(row)}>{row.unit.name}</a>
                </th>
                {cells(row)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
