import { compareVietnamese, matchesSearch } from '../format/search-text';
import type { Locale } from '../format/vietnamese';
import type { KindFilter, UnitRef } from './period-data';

/**
 * Columns, sorting and filtering shared by the comparison tables. A column says how to read
 * its value from a row once, and the screen, the CSV and the workbook all use it.
 */

export type CellValue = string | number | null;

/**
 * `text` is compared in Vietnamese dictionary order; `decimal` is a score, ratio or gap shown
 * with two decimals; `integer` a rank, a count or a rank change.
 */
export type ColumnFormat = 'text' | 'decimal' | 'integer';

export interface TableColumn<Row> {
  id: string;
  label: Record<Locale, string>;
  format: ColumnFormat;
  value: (row: Row, locale: Locale) => CellValue;
}

/** Every comparison row is about one unit. */
export interface UnitRow {
  unit: UnitRef;
}

export type SortDirection = 'asc' | 'desc';

const isMissing = (v: CellValue): v is null =>
  v === null || (typeof v === 'number' && !Number.isFinite(v)) || v === '';

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareVietnamese(String(a), String(b));
}

/**
 * Rows ordered by one column. Missing values go last in both directions: an empty cell is not
 * the smallest score, and putting units without data on top of a "lowest first" list would
 * hide the units that really scored lowest. Ties keep Vietnamese name order.
 */
export function sortRows<Row extends UnitRow>(
  rows: readonly Row[],
  column: TableColumn<Row>,
  direction: SortDirection = 'asc',
  locale: Locale = 'vi',
): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: column.value(row, locale) }));
  keyed.sort((a, b) => {
    const am = isMissing(a.value);
    const bm = isMissing(b.value);
    if (am || bm) return am === bm ? byName(a.row, b.row) : am ? 1 : -1;
    return sign * compareValues(a.value, b.value) || byName(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}

function byName(a: UnitRow, b: UnitRow): number {
  return compareVietnamese(a.unit.name, b.unit.name) || a.unit.id.localeCompare(b.unit.id);
}

export interface RowFilter {
  kind?: KindFilter;
  /** Diacritic- and case-insensitive, in the name or the code: "xuan lung" finds "Xuân Lũng". */
  search?: string;
  /** Keep only rows the table's own test calls below target. */
  belowTargetOnly?: boolean;
}

/**
 * Rows that pass every filter given. `isBelowTarget` is the table's own rule (units × criteria:
 * any cell below; units × periods: the latest valued period below); a table without targets
 * passes none, so "below target only" never silently shows everything.
 */
export function filterRows<Row extends UnitRow>(
  rows: readonly Row[],
  filter: RowFilter,
  isBelowTarget?: (row: Row) => boolean,
): Row[] {
  const kind = filter.kind ?? 'all';
  const search = filter.search?.trim() ?? '';
  return rows.filter(
    (row) =>
      (kind === 'all' || row.unit.kind === kind) &&
      (search === '' || matchesSearch(`${row.unit.name} ${row.unit.code ?? ''}`, search)) &&
      (!filter.belowTargetOnly || (isBelowTarget?.(row) ?? false)),
  );
}

/** The column of a table by its id; throws on an unknown id (a programming error). */
export function columnById<Row>(
  columns: readonly TableColumn<Row>[],
  id: string,
): TableColumn<Row> {
  const column = columns.find((c) => c.id === id);
  if (!column) throw new Error(`compare: no column ${id}`);
  return column;
}
