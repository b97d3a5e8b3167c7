import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import type { KindFilter } from '../../lib/compare/period-data';
import { belowTargetLines } from '../../lib/compare/units-by-criteria';
import {
  buildRankingWorkbook,
  PEER_HEADER_ROW,
  rankingWorkbookFileName,
  SHEET_NAMES,
} from '../../lib/export/ranking-workbook';
import {
  type RankingWorkbookData,
  rankingWorkbookData,
} from '../../lib/export/ranking-workbook-data';
import { GROUP_CODES } from '../../lib/model/groups';
import { NATION_UNIT_ID } from '../../lib/model/observation';
import { countRank, PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, storeOneAnswer, storeTwoMonths } from '../support/two-month-suite';

const GENERATED = new Date('2026-10-01T03:00:00Z');
const HIGHLIGHT_FILL = 'FFFFF2CC';

function makeData(
  snapshots: readonly SnapshotData[],
  kind: KindFilter,
  highlightUnitId: string | null,
): RankingWorkbookData {
  const data = rankingWorkbookData(
    snapshots,
    SETTINGS,
    { rootUnitId: PHU_THO, periodKey: '2026-08', kind, highlightUnitId },
    GENERATED,
  );
  if (!data) throw new Error('no workbook data');
  return data;
}

async function readBack(data: RankingWorkbookData): Promise<ExcelJS.Workbook> {
  const bytes = await buildRankingWorkbook(data);
  expect(bytes).toBeInstanceOf(Uint8Array);
  // An .xlsx is a zip: "PK".
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A number cell: stored as a number (never text) with the given format. */
function expectNumber(cell: ExcelJS.Cell, value: number | null, numFmt: string, what: string) {
  if (value === null) {
    expect(cell.value, `${what} is empty, not 0`).toBeNull();
    return;
  }
  expect(cell.type, what).toBe(ExcelJS.ValueType.Number);
  expect(cell.value, what).toBe(value);
  expect(cell.numFmt, what).toBe(numFmt);
}

function isHighlighted(row: ExcelJS.Row, width: number): boolean {
  const fills = Array.from({ length: width }, (_, i) => {
    const fill = row.getCell(i + 1).fill;
    return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
  });
  return fills.every((argb) => argb === HIGHLIGHT_FILL);
}

describe('the ranking workbook of Phú Thọ, 08/2026', () => {
  const stored = storeTwoMonths('ranking-workbook');

  for (const kind of ['COMMUNE', 'all'] as const) {
    it(`writes every score and rank of "Xếp hạng cùng cấp" as the independent ranking says (${kind})`, async () => {
      const chosen = [...AUGUST.values()].find(
        (u) => u.kind === 'COMMUNE' && /Lai Đồng/.test(u.name),
      );
      const data = makeData(stored.snapshots, kind, chosen?.id ?? null);
      const book = await readBack(data);
      expect(book.worksheets.map((w) => w.name)).toEqual([
        'Xếp hạng cùng cấp',
        'Theo tháng',
        'Chưa đạt mục tiêu',
        'Ghi chú',
      ]);
      const ws = sheet(book, SHEET_NAMES.peer);
      const width = 3 + 12 + 5;
      const header = ws.getRow(PEER_HEADER_ROW).values as unknown[];
      expect(header.slice(1, 6)).toEqual(['STT', 'Đơn vị', 'Loại', 'Điểm', 'Hạng']);
      expect(header.slice(16)).toEqual([
        'Tổng điểm',
        'Hạng tổng',
        'Xếp loại',
        'Tăng/giảm so với kỳ trước',
        'Thay đổi hạng',
      ]);
      expect(ws.getCell(3, 4).value).toBe('Công khai, minh bạch (/18)');
      expect(ws.getCell(3, 14).value).toBe('Số hóa hồ sơ (/22)');

      const population = [...AUGUST.values()].filter((u) => kind === 'all' || u.kind === kind);
      const julyPopulation = [...JULY.values()].filter((u) => kind === 'all' || u.kind === kind);
      const totals = population.map(rawTotal);
      const julyTotals = julyPopulation.map(rawTotal);
      const seen = new Set<string>();
      let highlighted = 0;
      for (let i = 0; i < population.length; i++) {
        const row = ws.getRow(PEER_HEADER_ROW + 1 + i);
        const raw = population.find((u) => u.name === row.getCell(2).value) as RawUnit;
        expect(raw, `row ${i + 1}`).toBeDefined();
        seen.add(raw.id);
        expectNumber(row.getCell(1), i + 1, '0', 'STT');
        expect(row.getCell(3).value).toBe(raw.kind === 'AGENCY' ? 'Sở, ngành' : 'Xã, phường');
        GROUP_CODES.forEach((g, k) => {
          const scores = population.map((u) => u.groups[g] ?? null);
          const score = raw.groups[g] ?? null;
          expectNumber(row.getCell(4 + 2 * k), score, '0.00', `${raw.name} ${g}`);
          expectNumber(
            row.getCell(5 + 2 * k),
            countRank(scores, score),
            '0',
            `${raw.name} ${g} rank`,
          );
        });
        const total = rawTotal(raw);
        const rank = countRank(totals, total) as number;
        expectNumber(row.getCell(16), total, '0.00', `${raw.name} total`);
        expectNumber(row.getCell(17), rank, '0', `${raw.name} total rank`);
        // The best total comes first.
        expect(rank).toBeGreaterThanOrEqual(
          i === 0 ? 1 : (ws.getRow(PEER_HEADER_ROW + i).getCell(17).value as number),
        );
        const julyTotal = rawTotal(JULY.get(raw.id) as RawUnit) as number;
        const delta = Math.round(((total as number) - julyTotal) * 100) / 100;
        expectNumber(row.getCell(19), delta, '+0.00;-0.00;0.00', `${raw.name} delta`);
        const julyRank = countRank(julyTotals, julyTotal) as number;
        expectNumber(row.getCell(20), julyRank - rank, '+0;-0;0', `${raw.name} rank change`);
        expect(row.getCell(18).value).toBe(
          (total as number) >= 70 ? 'Tốt' : (total as number) >= 50 ? 'Trung bình' : 'Yếu',
        );
        const lit = isHighlighted(row, width);
        expect(lit, raw.name).toBe(raw.id === chosen?.id);
        if (lit) highlighted++;
      }
      expect(seen.size).toBe(kind === 'COMMUNE' ? 148 : 163);
      expect(highlighted).toBe(1);

      const lastRow = PEER_HEADER_ROW + population.length;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: PEER_HEADER_ROW });
      expect(ws.autoFilter).toBe(`A${PEER_HEADER_ROW}:T${lastRow}`);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '3:4',
      });
      const notes = [2, 3, 4, 5].map((k) => String(ws.getCell(lastRow + k, 1).value));
      expect(notes[0]).toMatch(/^Ghi chú: Ô trống: Cổng không có số liệu \(không phải 0\)/);
      expect(notes[1]).toContain('1, 2, 2, 4');
      expect(notes[2]).toContain(`Tổng 6 nhóm: ${population.length} đơn vị`);
    });
  }

  it('writes the total month by month in "Theo tháng", coloured by its move', async () => {
    const data = makeData(stored.snapshots, 'AGENCY', null);
    const ws = sheet(await readBack(data), SHEET_NAMES.months);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Đơn vị',
      'Loại',
      'Tháng 07/2026',
      'Tháng 08/2026',
    ]);
    const agencies = [...AUGUST.values()].filter((u) => u.kind === 'AGENCY');
    for (let i = 0; i < agencies.length; i++) {
      const row = ws.getRow(4 + i);
      const raw = agencies.find((u) => u.name === row.getCell(2).value) as RawUnit;
      const july = rawTotal(JULY.get(raw.id) as RawUnit) as number;
      const august = rawTotal(raw) as number;
      expectNumber(row.getCell(4), july, '0.00', `${raw.name} July`);
      expectNumber(row.getCell(5), august, '0.00', `${raw.name} August`);
      const colour = row.getCell(5).font?.color?.argb;
      expect(colour).toBe(august > july ? 'FF1B7F3B' : august < july ? 'FFC0392B' : undefined);
    }
    expect(ws.getRow(4 + agencies.length).getCell(2).value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe(`A3:E${3 + agencies.length}`);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  });

  it('lists every criterion below target in "Chưa đạt mục tiêu", the province first', async () => {
    const chosen = ([...AUGUST.values()].find((u) => u.kind === 'COMMUNE') as RawUnit).id;
    const data = makeData(stored.snapshots, 'all', chosen);
    const ws = sheet(await readBack(data), SHEET_NAMES.below);
    const lines = belowTargetLines(data.criteria as NonNullable<typeof data.criteria>);
    expect(lines.length).toBeGreaterThan(100);
    expect(ws.autoFilter).toBe(`A3:H${3 + lines.length}`);
    expect(ws.getRow(4).getCell(2).value).toBe('UBND tỉnh Phú Thọ');
    expect(ws.getRow(5).getCell(5).value).toBe('Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC');
    expectNumber(ws.getRow(5).getCell(6), 78.22, '0.00', 'value');
    expectNumber(ws.getRow(5).getCell(7), 92, '0.00', 'target');
    expectNumber(ws.getRow(5).getCell(8), -13.78, '+0.00;-0.00;0.00', 'gap');
    for (let r = 4; r < 4 + lines.length; r++) {
      const row = ws.getRow(r);
      const value = row.getCell(6).value as number;
      const target = row.getCell(7).value as number;
      expect(value).toBeLessThan(target);
      expect(row.getCell(8).value).toBe(Math.round((value - target) * 100) / 100);
      const raw = [...AUGUST.values()].find((u) => u.name === row.getCell(2).value);
      expect(isHighlighted(row, 8)).toBe(raw?.id === chosen);
    }
    const mine = lines.filter((l) => l.unit.id === chosen).length;
    expect(mine).toBeGreaterThan(0);
  });

  it('says in "Ghi chú" where the numbers come from, when, and how to read them', async () => {
    const data = makeData(stored.snapshots, 'COMMUNE', null);
    const ws = sheet(await readBack(data), SHEET_NAMES.notes);
    const rows = new Map<string, string>();
    ws.eachRow((row, n) => {
      if (n > 3) rows.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(rows.get('Nguồn')).toContain('dichvucong.gov.vn');
    expect(rows.get('Đơn vị')).toBe('UBND tỉnh Phú Thọ (H44)');
    expect(rows.get('Kỳ')).toBe('Tháng 08/2026');
    expect(rows.get('Lưu lúc (Tiến độ giải quyết)')).toBe('27/09/2026 01:14');
    expect([...rows.keys()].filter((k) => k.startsWith('Lưu lúc'))).toHaveLength(6);
    expect(rows.get('Kỳ trước')).toBe('Tháng 07/2026 (đã so sánh)');
    expect(rows.get('Bộ mục tiêu')).toMatch(/^Mục tiêu 2024 \(chỉ đạo cấp huyện\)\./);
    expect(rows.get('Thang xếp loại')).toMatch(
      /^Xuất sắc ≥ 90; Tốt ≥ 70; Trung bình ≥ 50; Yếu ≥ 0\./,
    );
    expect(rows.get('Ô trống')).toContain('không phải 0');
    expect(rows.get('Đồng hạng')).toContain('1, 2, 2, 4');
    expect(rows.get('Kỳ đang diễn ra')).toContain('có thể thay đổi');
    expect(rows.get('Tạo lúc')).toContain('01/10/2026 10:00');
    expect(rankingWorkbookFileName(data)).toBe('chiso766-xep-hang-H44-commune-2026-08.xlsx');
  });

  it('leaves missing numbers empty and flags an open period', async () => {
    const gone = [...AUGUST.values()].find((u) => u.kind === 'COMMUNE') as RawUnit;
    const edited = stored.snapshots.map((s) => {
      if (s.capture.periodKey !== '2026-08') return s;
      const observations =
        s.capture.subject === 'CLGQ'
          ? s.observations.map((o) =>
              o.unitId === gone.id && o.criterion === null ? { ...o, score: null } : o,
            )
          : s.observations;
      return { capture: { ...s.capture, periodClosed: false }, observations };
    });
    const data = makeData(edited, 'COMMUNE', null);
    const ws = sheet(await readBack(data), SHEET_NAMES.peer);
    expect(String(ws.getCell(2, 1).value)).toContain('số liệu tạm tính, có thể thay đổi');
    const last = ws.getRow(PEER_HEADER_ROW + 148);
    expect(last.getCell(2).value).toBe(gone.name);
    // CLGQ score and rank, total, total rank, rating, Δ and rank change: all empty.
    for (const col of [8, 9, 16, 17, 18, 19, 20])
      expect(last.getCell(col).value, `col ${col}`).toBeNull();
    expectNumber(last.getCell(4), gone.groups.CKMB ?? null, '0.00', 'CKMB still there');
    // Nothing is compared with July while August is open.
    for (let r = PEER_HEADER_ROW + 1; r < PEER_HEADER_ROW + 148; r++) {
      expect(ws.getRow(r).getCell(19).value).toBeNull();
      expect(ws.getRow(r).getCell(16).type).toBe(ExcelJS.ValueType.Number);
    }
  });

  it('says which group was not captured and leaves its columns and the totals empty', async () => {
    const without = stored.snapshots.filter(
      (s) => !(s.capture.periodKey === '2026-08' && s.capture.subject === 'MDSH'),
    );
    const book = await readBack(makeData(without, 'AGENCY', null));
    const ws = sheet(book, SHEET_NAMES.peer);
    for (let r = PEER_HEADER_ROW + 1; r <= PEER_HEADER_ROW + 15; r++) {
      const row = ws.getRow(r);
      for (const col of [14, 15, 16, 17, 18, 19, 20]) expect(row.getCell(col).value).toBeNull();
      expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    }
    const notes = sheet(book, SHEET_NAMES.notes);
    const labels: string[] = [];
    notes.eachRow((row) => {
      labels.push(String(row.getCell(1).value));
      if (row.getCell(1).value === 'Nhóm chưa lưu') {
        expect(String(row.getCell(2).value)).toMatch(/^Số hóa hồ sơ: /);
      }
    });
    expect(labels).toContain('Nhóm chưa lưu');
  });
});

describe('the ranking workbook of the 34 provinces, year 2026 (open)', () => {
  it('takes the portal totals, names its period sheet "Theo kỳ" and warns the year is open', async () => {
    const data = rankingWorkbookData(
      await storeOneAnswer('national-2026/service-results.json', 'ranking-workbook-national'),
      SETTINGS,
      { rootUnitId: NATION_UNIT_ID, periodKey: '2026' },
      GENERATED,
    ) as RankingWorkbookData;
    const book = await readBack(data);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Xếp hạng cùng cấp',
      'Theo kỳ',
      'Chưa đạt mục tiêu',
      'Ghi chú',
    ]);
    const ws = sheet(book, SHEET_NAMES.peer);
    expect(String(ws.getCell(2, 1).value)).toContain('tạm tính');
    const first = ws.getRow(PEER_HEADER_ROW + 1);
    expect(first.getCell(2).value).toBe('UBND tỉnh Đồng Tháp');
    expectNumber(first.getCell(4), 11.45, '0.00', 'CKMB');
    expectNumber(first.getCell(16), 68.32, '0.00', 'total from the portal');
    expectNumber(first.getCell(17), 1, '0', 'total rank');
    expect(first.getCell(19).value).toBeNull();
    const periods = sheet(book, SHEET_NAMES.periods);
    expect(periods.getCell(3, 4).value).toBe('Năm 2026 (tạm tính)');
    expectNumber(periods.getCell(4, 4), 68.32, '0.00', 'year total');
  });
});
