import ExcelJS from 'exceljs';
import { compareLabel, kindLabel } from '../compare/labels';
import type { PeerRow } from '../compare/peer-ranking';
import { neutralizeFormula } from './csv-profiles';
import type { RankingWorkbookData } from './ranking-workbook-data';
import { asOf, scopeTitle, tableNotes } from './ranking-workbook-notes';
import {
  belowSheet,
  notesSheet,
  num,
  periodsSheet,
  SHEET_NAMES,
  UNIT_COLUMNS,
} from './ranking-workbook-sheets';
import { finishTable, font, headerRow, highlight, NUM_FMT, put, titleLines } from './xlsx-layout';

/**
 * The ranking workbook of issue #15: "Xếp hạng cùng cấp" (the peer tool officials know, plus
 * the change since the previous period, the rank change and the rating), "Theo tháng" (the
 * total month by month; "Theo kỳ" for quarters and years), "Chưa đạt mục tiêu" (criteria
 * below target, unit by unit) and "Ghi chú". Numbers are stored as numbers with two-decimal formats, never as text, so the
 * official can sort, sum and chart them; an empty cell is a missing value, never 0.
 *
 * ExcelJS resolves to its browser build under Vite (package.json `browser` field) and to its
 * Node build under vitest; both write the same file.
 */

export { SHEET_NAMES } from './ranking-workbook-sheets';

/** Rows 1–2 title, row 3 group names, row 4 the column headers; data from row 5. */
export const PEER_HEADER_ROW = 4;

function peerSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
  const sheet = book.addWorksheet(SHEET_NAMES.peer);
  const groups = data.peer.groups;
  const width = UNIT_COLUMNS + groups.length * 2 + 5;
  titleLines(sheet, [`XẾP HẠNG CÙNG CẤP: ${scopeTitle(data)}`, asOf(data)], width);

  // Row 3: each group's name over its two columns.
  const band = sheet.getRow(3);
  groups.forEach((g, i) => {
    const col = UNIT_COLUMNS + 1 + i * 2;
    sheet.mergeCells(3, col, 3, col + 1);
    put(band.getCell(col), `${g.name} (/${g.maxScore})`, undefined, { bold: true });
    band.getCell(col).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  band.height = 30;
  headerRow(sheet.getRow(PEER_HEADER_ROW), [
    compareLabel('stt'),
    compareLabel('unit'),
    compareLabel('kind'),
    ...groups.flatMap(() => [compareLabel('score'), compareLabel('rank')]),
    compareLabel('total'),
    compareLabel('totalRank'),
    compareLabel('rating'),
    compareLabel('deltaTotal'),
    compareLabel('rankChange'),
  ]);

  data.peer.rows.forEach((r: PeerRow, i) => {
    const row = sheet.getRow(PEER_HEADER_ROW + 1 + i);
    const cells: [string | number | null, string?][] = [
      [i + 1, NUM_FMT.integer],
      [r.unit.name],
      [kindLabel(r.unit.kind)],
      ...groups.flatMap((g): [number | null, string][] => [
        [num(r.groups[g.code].score), NUM_FMT.decimal],
        [r.groups[g.code].rank?.rank ?? null, NUM_FMT.integer],
      ]),
      [num(r.total), NUM_FMT.decimal],
      [r.totalRank?.rank ?? null, NUM_FMT.integer],
      [r.rating?.label ?? null],
      [num(r.deltaTotal), NUM_FMT.signedDecimal],
      [r.rankChange, NUM_FMT.signedInteger],
    ];
    cells.forEach(([value, fmt], c) => {
      put(row.getCell(c + 1), value, fmt);
    });
    if (r.unit.id === data.highlightUnitId) highlight(row, width);
  });

  const lastRow = PEER_HEADER_ROW + data.peer.rows.length;
  tableNotes(data).forEach((note, i) => {
    const cell = sheet.getCell(lastRow + 2 + i, 1);
    cell.value = neutralizeFormula(`${i === 0 ? 'Ghi chú: ' : ''}${note}`);
    cell.font = font({ italic: true, size: 10 });
  });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 11;
  for (let c = UNIT_COLUMNS + 1; c <= width; c++) sheet.getColumn(c).width = 8.5;
  sheet.getColumn(width - 1).width = 12;
  finishTable(sheet, {
    headerRow: PEER_HEADER_ROW,
    firstHeaderRow: 3,
    frozenColumns: 2,
    width,
    lastRow,
  });
}

/** The workbook as .xlsx bytes, ready for a Blob download. */
export async function buildRankingWorkbook(data: RankingWorkbookData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chiso766';
  book.created = data.generatedAt;
  book.modified = data.generatedAt;
  peerSheet(book, data);
  periodsSheet(book, data);
  belowSheet(book, data);
  notesSheet(book, data);
  // Node's build returns a Buffer, the browser build an ArrayBuffer: one type for callers.
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** `chiso766-xep-hang-H44-2026-08.xlsx`; the root's id stands in when it has no code. */
export function rankingWorkbookFileName(data: RankingWorkbookData): string {
  const root = data.peer.root?.code ?? data.peer.rootUnitId;
  const kind = data.peer.kind === 'all' ? '' : `-${data.peer.kind.toLowerCase()}`;
  return `chiso766-xep-hang-${root}${kind}-${data.peer.periodKey}.xlsx`.replace(/[^\w.-]/g, '_');
}
