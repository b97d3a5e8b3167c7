import ExcelJS from 'exceljs';
import { compareLabel, kindLabel } from '../compare/labels';
import type { PeerRow } from '../compare/peer-ranking';
import { round2 } from '../compare/period-data';
import { belowTargetLines } from '../compare/units-by-criteria';
import { formatDateTime } from '../format/vietnamese';
import type { RankingWorkbookData } from './ranking-workbook-data';
import { notesRows, SOURCE_LINE, tableNotes } from './ranking-workbook-notes';
import {
  COLOURS,
  finishTable,
  font,
  headerRow,
  highlight,
  NUM_FMT,
  printSetup,
  put,
  titleLines,
} from './xlsx-layout';

/**
 * The ranking workbook of issue #15: "Xếp hạng cùng cấp" (the peer tool officials know, plus
 * the change since the previous period, the rank change and the rating), "Theo tháng" (the
 * total month by month), "Chưa đạt mục tiêu" (criteria below target, unit by unit) and
 * "Ghi chú". Numbers are stored as numbers with two-decimal formats, never as text, so the
 * official can sort, sum and chart them; an empty cell is a missing value, never 0.
 *
 * ExcelJS resolves to its browser build under Vite (package.json `browser` field) and to its
 * Node build under vitest; both write the same file.
 */

export const SHEET_NAMES = {
  peer: compareLabel('peerSheet'),
  months: compareLabel('periodsSheet'),
  below: compareLabel('belowSheet'),
  notes: compareLabel('notesSheet'),
} as const;

/** Rows 1–2 title, row 3 group names, row 4 the column headers; data from row 5. */
export const PEER_HEADER_ROW = 4;
const UNIT_COLUMNS = 3;

const num = (value: number | null) => round2(value);

function asOf(data: RankingWorkbookData): string {
  const latest = data.peer.captures
    .map((c) => c.observedAt)
    .sort()
    .at(-1);
  const when = latest ? `; số liệu lưu lúc ${formatDateTime(latest)}` : '';
  const open = data.peer.provisional
    ? ' (kỳ chưa kết thúc: số liệu tạm tính, có thể thay đổi)'
    : '';
  return `Nguồn: Cổng Dịch vụ công quốc gia${when}${open}.`;
}

function scopeTitle(data: RankingWorkbookData): string {
  const { kind, root, periodLabel } = data.peer;
  const who = kind === 'all' ? 'Các đơn vị' : kindLabel(kind);
  return `${who} thuộc ${root?.name ?? ''}, ${periodLabel.toLowerCase()}`;
}

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
    cell.value = `${i === 0 ? 'Ghi chú: ' : ''}${note}`;
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

/** Peer order (best total first) for the other sheets, so the three read alike. */
function peerOrder(data: RankingWorkbookData): Map<string, number> {
  return new Map(data.peer.rows.map((r, i) => [r.unit.id, i]));
}

function monthsSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
  const sheet = book.addWorksheet(SHEET_NAMES.months);
  const table = data.months;
  const periods = table?.periods ?? [];
  const width = UNIT_COLUMNS + periods.length;
  titleLines(sheet, [`TỔNG ĐIỂM THEO THÁNG: ${scopeTitle(data)}`, asOf(data)], width);
  const header = 3;
  headerRow(sheet.getRow(header), [
    compareLabel('stt'),
    compareLabel('unit'),
    compareLabel('kind'),
    ...periods.map((p) => `${p.label}${p.provisional ? ' (tạm tính)' : ''}`),
  ]);
  const order = peerOrder(data);
  const rows = [...(table?.rows ?? [])].sort(
    (a, b) => (order.get(a.unit.id) ?? Infinity) - (order.get(b.unit.id) ?? Infinity),
  );
  rows.forEach((r, i) => {
    const row = sheet.getRow(header + 1 + i);
    put(row.getCell(1), i + 1, NUM_FMT.integer);
    put(row.getCell(2), r.unit.name);
    put(row.getCell(3), kindLabel(r.unit.kind));
    r.cells.forEach((cell, c) => {
      // The move since the month before is told by colour: green up, red down.
      const colour = cell.trend === 'up' ? COLOURS.up : cell.trend === 'down' ? COLOURS.down : null;
      put(
        row.getCell(UNIT_COLUMNS + 1 + c),
        num(cell.value),
        NUM_FMT.decimal,
        colour ? { color: { argb: colour } } : {},
      );
    });
    if (r.unit.id === data.highlightUnitId) highlight(row, width);
  });
  const lastRow = header + rows.length;
  sheet.getCell(lastRow + 2, 1).value =
    'Ghi chú: chữ xanh là tăng, chữ đỏ là giảm so với tháng trước (chỉ so sánh hai tháng đã kết thúc). Ô trống: không có số liệu.';
  sheet.getCell(lastRow + 2, 1).font = font({ italic: true, size: 10 });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 11;
  for (let c = UNIT_COLUMNS + 1; c <= width; c++) sheet.getColumn(c).width = 11;
  finishTable(sheet, { headerRow: header, frozenColumns: 2, width, lastRow });
}

function belowSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
  const sheet = book.addWorksheet(SHEET_NAMES.below);
  const width = 8;
  const profile = data.profile
    ? `Bộ mục tiêu: ${data.profile.name}`
    : 'Chưa có bộ mục tiêu cho năm này';
  titleLines(
    sheet,
    [`CÁC CHỈ TIÊU CHƯA ĐẠT MỤC TIÊU: ${scopeTitle(data)}`, `${profile}. ${asOf(data)}`],
    width,
  );
  const header = 3;
  headerRow(sheet.getRow(header), [
    compareLabel('stt'),
    compareLabel('unit'),
    compareLabel('kind'),
    compareLabel('group'),
    compareLabel('criterion'),
    compareLabel('value'),
    compareLabel('target'),
    compareLabel('gap'),
  ]);
  const order = peerOrder(data);
  // The root's own line first (the province's report), then units in peer order.
  const lines = data.criteria ? belowTargetLines(data.criteria) : [];
  lines.sort(
    (a, b) =>
      Number(b.isRoot) - Number(a.isRoot) ||
      (order.get(a.unit.id) ?? Infinity) - (order.get(b.unit.id) ?? Infinity),
  );
  const groupName = new Map(data.peer.groups.map((g) => [g.code, g.name]));
  lines.forEach((line, i) => {
    const row = sheet.getRow(header + 1 + i);
    put(row.getCell(1), i + 1, NUM_FMT.integer);
    put(row.getCell(2), line.unit.name);
    put(row.getCell(3), kindLabel(line.unit.kind));
    put(row.getCell(4), groupName.get(line.column.group) ?? line.column.group);
    put(row.getCell(5), line.column.name);
    put(row.getCell(6), num(line.value), NUM_FMT.decimal);
    put(row.getCell(7), line.target, NUM_FMT.decimal);
    put(row.getCell(8), line.gap, NUM_FMT.signedDecimal, { color: { argb: COLOURS.down } });
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    if (line.unit.id === data.highlightUnitId) highlight(row, width);
  });
  [5, 36, 11, 20, 48, 10, 10, 12].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  finishTable(sheet, {
    headerRow: header,
    frozenColumns: 2,
    width,
    lastRow: header + lines.length,
  });
}

function notesSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
  const sheet = book.addWorksheet(SHEET_NAMES.notes);
  titleLines(sheet, ['GHI CHÚ', SOURCE_LINE], 2);
  headerRow(sheet.getRow(3), ['Mục', 'Nội dung']);
  notesRows(data).forEach(([label, text], i) => {
    const row = sheet.getRow(4 + i);
    put(row.getCell(1), label, undefined, { bold: true });
    put(row.getCell(2), text);
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
  });
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 110;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
  printSetup(sheet);
}

/** The workbook as .xlsx bytes, ready for a Blob download. */
export async function buildRankingWorkbook(data: RankingWorkbookData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chiso766';
  book.created = data.generatedAt;
  book.modified = data.generatedAt;
  peerSheet(book, data);
  monthsSheet(book, data);
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
