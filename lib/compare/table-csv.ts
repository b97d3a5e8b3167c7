import Papa from 'papaparse';
import { BOM, CSV_PROFILES, type CsvProfile, formatCell } from '../export/csv-profiles';
import { round2 } from '../format/round';
import type { Locale } from '../format/vietnamese';
import { compareLabel } from './labels';
import type { CellValue, ColumnFormat, TableColumn } from './table-sort';

/**
 * A comparison table as CSV in one of the two profiles of lib/export/csv-profiles.ts: the same
 * delimiter, decimal separator, BOM and formula-safe text cells as the long CSV. Numbers carry
 * the portal's two decimals at most, so a delta reads −0.47, never −0.47000000000000064.
 */

export interface TableCsvOptions {
  locale?: Locale;
  /** Start every row with STT (1, 2, 3 … in the order given). Default true. */
  stt?: boolean;
}

function cellValue(value: CellValue, format: ColumnFormat): CellValue {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return null;
  return format === 'integer' ? Math.round(value) : round2(value);
}

export function tableCsv<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  profile: CsvProfile,
  options: TableCsvOptions = {},
): string {
  const settings = CSV_PROFILES[profile];
  const locale = options.locale ?? 'vi';
  const stt = options.stt ?? true;
  const header = [
    ...(stt ? [compareLabel('stt', locale)] : []),
    ...columns.map((c) => c.label[locale]),
  ].map((text) => formatCell(text, settings));
  const data = rows.map((row, i) => [
    ...(stt ? [formatCell(i + 1, settings)] : []),
    ...columns.map((c) => formatCell(cellValue(c.value(row, locale), c.format), settings)),
  ]);
  const body = Papa.unparse(
    { fields: header, data },
    // Cells are already neutralised text; papaparse's own escaping would prefix negative numbers.
    { delimiter: settings.delimiter, newline: settings.newline, escapeFormulae: false },
  );
  return `${settings.bom ? BOM : ''}${body}${settings.newline}`;
}
