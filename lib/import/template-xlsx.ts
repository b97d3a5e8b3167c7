import ExcelJS from 'exceljs';
import { TEMPLATE_COLUMNS, TEMPLATE_GUIDE } from './template';

/**
 * The template as .xlsx, and any sheet of it read back as rows of text. Extension pages only
 * (ExcelJS is large): the background receives the rows.
 */

export const DATA_SHEET = 'Số liệu';
const GUIDE_SHEET = 'Hướng dẫn';

export async function buildTemplateXlsx(rows: readonly (string | number | null)[][] = []) {
  const book = new ExcelJS.Workbook();
  book.creator = 'chiso766';
  const sheet = book.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...TEMPLATE_COLUMNS]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  TEMPLATE_COLUMNS.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 1 ? 40 : 16;
    // Text, so Excel never turns "08/2025" into a date or "H44.100" into a number.
    if (i < 3) column.numFmt = '@';
  });
  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.addRow(['Cột', 'Cách ghi']).font = { bold: true };
  for (const line of TEMPLATE_GUIDE) guide.addRow([...line]);
  guide.getColumn(1).width = 20;
  guide.getColumn(2).width = 100;
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) {
    // A period Excel turned into a date: its month is what was meant.
    return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** The data sheet (or the first sheet) as rows of text; numbers with a `.` decimal point. */
export async function readXlsxRows(bytes: ArrayBuffer | Uint8Array): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  const sheet = book.getWorksheet(DATA_SHEET) ?? book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, TEMPLATE_COLUMNS.length); c++) {
      cells.push(cellText(row.getCell(c).value).trim());
    }
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
