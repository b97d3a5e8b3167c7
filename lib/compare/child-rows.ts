import { filterRows, type RowFilter, type UnitRow } from './table-sort';

type TableRow = UnitRow & { isRoot: boolean };

/**
 * The children a filter keeps, with the root's own line still first when the table starts
 * with it: the root is what the children are read against, so no filter hides it.
 */
export function filterChildren<Row extends TableRow>(
  rows: readonly Row[],
  filter: RowFilter,
  isBelowTarget?: (row: Row) => boolean,
): Row[] {
  const [first] = rows;
  const shown = filterRows(
    rows.filter((r) => !r.isRoot),
    filter,
    isBelowTarget,
  );
  return first?.isRoot ? [first, ...shown] : shown;
}

/** How many rows are children: the root's own line is not one of the units compared. */
export function childCount(rows: readonly { isRoot: boolean }[]): number {
  return rows.filter((r) => !r.isRoot).length;
}
