import type { Cell, Fill, Font, Row, Worksheet } from 'exceljs';
import { neutralizeFormula } from './csv-profiles';

/**
 * Layout shared by the sheets of the ranking workbook: fonts and fills, number formats, the
 * header band and the A4 landscape print setup (NĐ 30/2020 allows landscape for wide tables).
 */

/** Officials' documents are set in Times New Roman (NĐ 30/2020, Phụ lục I). */
export const FONT_NAME = 'Times New Roman';

export const NUM_FMT = {
  /** Scores, ratios, gaps: the portal's two decimals. */
  decimal: '0.00',
  /** Changes keep their sign, so "+1,33" reads as a rise without colour. */
  signedDecimal: '+0.00;-0.00;0.00',
  integer: '0',
  signedInteger: '+0;-0;0',
} as const;

export const COLOURS = {
  headerFill: 'FFD9E2F3',
  /** The chosen unit's row. */
  highlightFill: 'FFFFF2CC',
  up: 'FF1B7F3B',
  down: 'FFC0392B',
  border: 'FF9CA3AF',
} as const;

export const HIGHLIGHT_FILL: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: COLOURS.highlightFill },
};

const HEADER_FILL: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: COLOURS.headerFill },
};

const THIN = { style: 'thin' as const, color: { argb: COLOURS.border } };

export function font(extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_NAME, size: 11, ...extra };
}

/**
 * A cell value: text, a number with its format, or nothing (an empty cell, never 0). Text is
 * stored as text, but a name such as `=HYPERLINK(…)` would become a live formula the moment
 * an official edits the cell, so it gets the same `'` as in the CSV; numbers stay numbers.
 */
export function put(
  cell: Cell,
  value: string | number | null,
  numFmt?: string,
  extraFont: Partial<Font> = {},
): void {
  cell.value = typeof value === 'string' ? neutralizeFormula(value) : value;
  if (typeof value === 'number' && numFmt) cell.numFmt = numFmt;
  cell.font = font(extraFont);
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Title and subtitle lines above a table, left-aligned, not part of the filter range. */
export function titleLines(sheet: Worksheet, lines: readonly string[], width: number): void {
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = neutralizeFormula(text);
    cell.font = font(i === 0 ? { bold: true, size: 13 } : { italic: true });
    cell.alignment = { vertical: 'middle', wrapText: false };
    if (width > 1) sheet.mergeCells(i + 1, 1, i + 1, width);
  });
}

/** A header row: bold, shaded, wrapped, centred. */
export function headerRow(row: Row, labels: readonly string[]): void {
  labels.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    put(cell, label, undefined, { bold: true });
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 32;
}

/** Shades and bolds a whole table row, for the unit the workbook was made for. */
export function highlight(row: Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.fill = HIGHLIGHT_FILL;
    cell.font = { ...font(), ...cell.font, bold: true };
  }
}

/**
 * Frozen header (and unit columns), filters on the header row, A4 landscape fitted to one page
 * wide and as many pages tall as needed, header rows repeated on every printed page.
 */
export function finishTable(
  sheet: Worksheet,
  options: {
    headerRow: number;
    firstHeaderRow?: number;
    frozenColumns: number;
    width: number;
    lastRow: number;
  },
): void {
  sheet.views = [{ state: 'frozen', xSplit: options.frozenColumns, ySplit: options.headerRow }];
  sheet.autoFilter = {
    from: { row: options.headerRow, column: 1 },
    to: { row: Math.max(options.lastRow, options.headerRow), column: options.width },
  };
  printSetup(sheet, `${options.firstHeaderRow ?? options.headerRow}:${options.headerRow}`);
}

export function printSetup(sheet: Worksheet, printTitlesRow?: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Inches: 20 mm top and bottom, 30 mm left, 15 mm right (NĐ 30/2020).
    margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}
