import type ExcelJS from 'exceljs';
import { compareLabel, kindLabel } from '../compare/labels';
import { belowTargetLines } from '../compare/units-by-criteria';
import { round2 } from '../format/round';
import type { RankingWorkbookData } from './ranking-workbook-data';
import { asOf, notesRows, SOURCE_LINE, scopeTitle } from './ranking-workbook-notes';
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

/** The sheets after "Xếp hạng cùng cấp": the total by period, the criteria below target, notes. */

export const SHEET_NAMES = {
  peer: compareLabel('peerSheet'),
  months: compareLabel('periodsSheet'),
  /** For quarters and years, whose columns are not months. */
  periods: 'Theo kỳ',
  below: compareLabel('belowSheet'),
  notes: compareLabel('notesSheet'),
} as const;

/** STT, unit, kind: the columns every table starts with. */
export const UNIT_COLUMNS = 3;

/** Numbers go in at the portal's two decimals: no float noise in the formula bar. */
export const num = (value: number | null) => round2(value);

/** Peer order (best total first) for the other sheets, so the three read alike. */
function peerOrder(data: RankingWorkbookData): Map<string, number> {
  return new Map(data.peer.rows.map((r, i) => [r.unit.id, i]));
}

/** The total of every unit period by period, coloured by its move since the period before. */
export function periodsSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
  const table = data.periods;
  const monthly = (table?.periods[0]?.period.type ?? 'month') === 'month';
  const sheet = book.addWorksheet(monthly ? SHEET_NAMES.months : SHEET_NAMES.periods);
  const periods = table?.periods ?? [];
  const width = UNIT_COLUMNS + periods.length;
  const title = monthly ? 'TỔNG ĐIỂM THEO THÁNG' : 'TỔNG ĐIỂM THEO KỲ';
  titleLines(sheet, [`${title}: ${scopeTitle(data)}`, asOf(data)], width);
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
      // The move since the period before is told by colour: green up, red down.
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
    `Ghi chú: chữ xanh là tăng, chữ đỏ là giảm so với ${monthly ? 'tháng' : 'kỳ'} trước (chỉ so ` +
    'sánh hai kỳ đã kết thúc). Ô trống: không có số liệu.';
  sheet.getCell(lastRow + 2, 1).font = font({ italic: true, size: 10 });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 11;
  for (let c = UNIT_COLUMNS + 1; c <= width; c++) sheet.getColumn(c).width = 11;
  finishTable(sheet, { headerRow: header, frozenColumns: 2, width, lastRow });
}

/** One line per unit × criterion below target, the root's own lines first. */
export function belowSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
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

export function notesSheet(book: ExcelJS.Workbook, data: RankingWorkbookData): void {
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
