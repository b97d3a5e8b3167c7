import { beforeAll, describe, expect, it } from 'vitest';
import { criteriaColumns, peerColumns, periodColumns } from '../../lib/compare/columns';
import { type PeerRanking, type PeerRow, peerRanking } from '../../lib/compare/peer-ranking';
import { tableCsv } from '../../lib/compare/table-csv';
import { columnById, filterRows, sortRows, type TableColumn } from '../../lib/compare/table-sort';
import { unitsByCriteria } from '../../lib/compare/units-by-criteria';
import { unitsByPeriods } from '../../lib/compare/units-by-periods';
import { parseLongCsv } from '../../lib/export/long-csv';
import { GROUP_CODES } from '../../lib/model/groups';
import { PHU_THO, SETTINGS, twoMonthSnapshots } from '../support/compare-fixtures';

const VI = new Intl.Collator('vi');
const TWO_DECIMALS = { standard: /^-?\d+(\.\d{1,2})?$/, 'excel-vn': /^-?\d+(,\d{1,2})?$/ };

let peer: PeerRanking;
let snapshots: Awaited<ReturnType<typeof twoMonthSnapshots>>;
beforeAll(async () => {
  snapshots = await twoMonthSnapshots('compare-table');
  peer = peerRanking(snapshots, SETTINGS, {
    rootUnitId: PHU_THO,
    periodKey: '2026-08',
  }) as PeerRanking;
});

/** A row that is only what the column under test reads. */
function fakeRow(name: string, total: number | null, id = name): PeerRow {
  const base = peer.rows[0] as PeerRow;
  return { ...base, unit: { id, code: null, name, kind: 'COMMUNE' }, total };
}

describe('sorting', () => {
  it('orders names in Vietnamese dictionary order, not by code point', () => {
    const columns = peerColumns(peer);
    const names = [
      'UBND xã Đồng Lương',
      'UBND xã Em',
      'UBND xã Ba Vì',
      'UBND xã Âu Cơ',
      'UBND xã Dân Chủ',
    ];
    const sorted = sortRows(
      names.map((n) => fakeRow(n, 1)),
      columnById(columns, 'unit'),
    );
    expect(sorted.map((r) => r.unit.name)).toEqual([
      'UBND xã Âu Cơ',
      'UBND xã Ba Vì',
      'UBND xã Dân Chủ',
      'UBND xã Đồng Lương',
      'UBND xã Em',
    ]);
    const real = sortRows(peer.rows, columnById(columns, 'unit'), 'desc');
    const expected = [...peer.rows.map((r) => r.unit.name)].sort((a, b) => VI.compare(b, a));
    expect(real.map((r) => r.unit.name)).toEqual(expected);
  });

  it('puts missing values last in both directions, and ties in name order', () => {
    const total = columnById(peerColumns(peer), 'total');
    const rows = [
      fakeRow('C', null),
      fakeRow('B', 50),
      fakeRow('A', 50),
      fakeRow('D', 70),
      fakeRow('E', null),
    ];
    expect(sortRows(rows, total, 'asc').map((r) => r.unit.name)).toEqual(['A', 'B', 'D', 'C', 'E']);
    expect(sortRows(rows, total, 'desc').map((r) => r.unit.name)).toEqual([
      'D',
      'A',
      'B',
      'C',
      'E',
    ]);
  });

  it('sorts the real ranking by any group score or rank', () => {
    const columns = peerColumns(peer);
    for (const g of GROUP_CODES) {
      const byScore = sortRows(peer.rows, columnById(columns, `${g}.score`), 'desc');
      const scores = byScore.map((r) => r.groups[g].score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const byRank = sortRows(peer.rows, columnById(columns, `${g}.rank`));
      expect(byRank.map((r) => r.groups[g].score)).toEqual(scores);
    }
    expect(() => columnById(columns, 'nope')).toThrow();
  });
});

describe('filtering', () => {
  it('keeps one kind, and finds names without diacritics or case', () => {
    expect(filterRows(peer.rows, { kind: 'AGENCY' })).toHaveLength(15);
    expect(filterRows(peer.rows, { kind: 'COMMUNE' })).toHaveLength(148);
    const target = peer.rows.find((r) => /[ăâđêôơư]/i.test(r.unit.name)) as PeerRow;
    const plain = target.unit.name
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toUpperCase();
    const found = filterRows(peer.rows, { search: `  ${plain} ` });
    expect(found.map((r) => r.unit.id)).toContain(target.unit.id);
    expect(filterRows(peer.rows, { search: 'không có đơn vị này' })).toEqual([]);
    expect(filterRows(peer.rows, { search: '' })).toHaveLength(163);
  });
});

function checkCsv<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  profile: 'standard' | 'excel-vn',
) {
  const text = tableCsv(columns, rows, profile);
  expect(text.startsWith('\uFEFF')).toBe(profile === 'excel-vn');
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = parseLongCsv(text);
  expect(parsed).toHaveLength(rows.length);
  const header = Object.keys(parsed[0] ?? {});
  expect(header).toEqual(['STT', ...columns.map((c) => c.label.vi)]);
  parsed.forEach((cells, i) => {
    expect(cells.STT).toBe(String(i + 1));
    for (const column of columns) {
      const cell = cells[column.label.vi] ?? '';
      const value = column.value(rows[i] as Row, 'vi');
      if (value === null) {
        expect(cell).toBe('');
      } else if (typeof value === 'number') {
        expect(cell, column.id).toMatch(TWO_DECIMALS[profile]);
        const back = Number(profile === 'excel-vn' ? cell.replace(',', '.') : cell);
        expect(back, column.id).toBeCloseTo(value, 2);
      } else {
        expect(cell).toBe(value);
      }
    }
  });
  return parsed;
}

describe('CSV in both profiles', () => {
  for (const profile of ['standard', 'excel-vn'] as const) {
    it(`writes the peer ranking with every number to two decimals at most (${profile})`, () => {
      const parsed = checkCsv(peerColumns(peer), peer.rows, profile);
      const first = parsed[0] as Record<string, string>;
      expect(first['Tổng điểm']).toBe(
        profile === 'standard'
          ? String(peer.rows[0]?.total)
          : String(peer.rows[0]?.total).replace('.', ','),
      );
      expect(first['Nguồn tổng điểm']).toBe('Tổng 6 nhóm');
    });

    it(`writes units × periods and units × criteria (${profile})`, () => {
      const months = unitsByPeriods(snapshots, SETTINGS, {
        rootUnitId: PHU_THO,
        measure: { type: 'criterion', criterion: 'DOSSIER_RECEIVING_SATISFACTION' },
      });
      const monthColumns = periodColumns(months as NonNullable<typeof months>);
      expect(monthColumns.map((c) => c.id).slice(3)).toEqual([
        '2026-07',
        '2026-07.delta',
        '2026-07.met',
        '2026-08',
        '2026-08.delta',
        '2026-08.met',
      ]);
      checkCsv(monthColumns, months?.rows ?? [], profile);
      const criteria = unitsByCriteria(snapshots, SETTINGS, {
        rootUnitId: PHU_THO,
        periodKey: '2026-08',
        withTargetOnly: true,
      });
      // Derived ratios such as 78.3820110236135 are cut to two decimals here.
      checkCsv(
        criteriaColumns(criteria as NonNullable<typeof criteria>),
        criteria?.rows ?? [],
        profile,
      );
    });
  }

  it('drops float noise, keeps negative numbers numeric and neutralises formula-like text', () => {
    const row: PeerRow = {
      ...fakeRow('=HYPERLINK("http://x")', 59.920000000000016),
      deltaTotal: -0.47000000000000064,
      rankChange: -3,
    };
    const columns = [
      columnById(peerColumns(peer), 'unit'),
      columnById(peerColumns(peer), 'total'),
      columnById(peerColumns(peer), 'deltaTotal'),
      columnById(peerColumns(peer), 'rankChange'),
    ];
    const standard = tableCsv(columns, [row], 'standard');
    expect(standard.split('\r\n')[1]).toBe(`1,"'=HYPERLINK(""http://x"")",59.92,-0.47,-3`);
    const excel = tableCsv(columns, [row], 'excel-vn', { locale: 'en', stt: false });
    expect(excel.split('\r\n')).toEqual([
      '\uFEFFUnit;Total;Change since previous period;Rank change',
      `"'=HYPERLINK(""http://x"")";59,92;-0,47;-3`,
      '',
    ]);
  });
});
