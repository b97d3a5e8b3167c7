import Papa from 'papaparse';
import { BOM } from '../export/csv-profiles';

/**
 * Text that holds a table, turned into rows of cells: a template saved as CSV (`,` or `;`), a
 * range copied from Excel (tab-separated), or the HTML a browser puts on the clipboard when a
 * table of the old portal is copied. Cells are text only; nothing of the HTML is kept.
 */

export function delimitedRows(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.includes(';') ? ';' : ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => cell.trim()));
}

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The rows of the largest table in a clipboard's HTML; null when it has none. `parse` is the
 * page's DOMParser (a service worker has none, so this runs in the page).
 */
export function htmlTableRows(html: string, parse: (html: string) => Document): string[][] | null {
  const doc = parse(html);
  const tables = [...doc.querySelectorAll('table')];
  const largest = tables.sort(
    (a, b) => b.querySelectorAll('tr').length - a.querySelectorAll('tr').length,
  )[0];
  if (!largest) return null;
  const rows: string[][] = [];
  for (const tr of largest.querySelectorAll('tr')) {
    const row: string[] = [];
    for (const cell of tr.querySelectorAll('th, td')) {
      const span = Math.min(Number(cell.getAttribute('colspan') ?? '1') || 1, 20);
      row.push(cellText(cell), ...Array<string>(span - 1).fill(''));
    }
    if (row.some((c) => c !== '')) rows.push(row);
  }
  return rows;
}

/** Rows written back as tab-separated text: what an import keeps of a sheet or a paste. */
export function rowsAsTsv(rows: readonly string[][]): string {
  return rows.map((row) => row.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
}
