import { describe, expect, it } from 'vitest';
import type { Period } from '../model/period';
import {
  deltaPrevious,
  deltaSamePeriodLastYear,
  lastPeriods,
  type MoverRow,
  movers,
  type PeriodValue,
  valueFor,
} from './trends';

const month = (year: number, number: number): Period => ({ type: 'month', year, number });
const quarter = (year: number, number: number): Period => ({ type: 'quarter', year, number });
const year = (y: number): Period => ({ type: 'year', year: y, number: null });

const v = (period: Period, value: number | null, closed = true, scope = 'all'): PeriodValue => ({
  period,
  closed,
  scope,
  value,
});

const series: PeriodValue[] = [
  v(month(2025, 8), 70),
  v(month(2026, 1), 60),
  v(month(2026, 7), 80.5),
  v(month(2026, 8), 84.41),
  v(month(2026, 8), 99, true, 'formality:abc'),
  v(month(2026, 6), null),
  v(quarter(2026, 2), 75),
  v(quarter(2026, 3), 78, false),
  v(year(2025), 50),
  v(year(2026), 62.62, false),
  v(month(2025, 12), 58),
];

describe('deltaPrevious', () => {
  it.each([
    ['August vs July, both closed', month(2026, 8), 'all', 84.41 - 80.5, 80.5, true, undefined],
    ['January vs December of the year before', month(2026, 1), 'all', 2, 58, true, undefined],
    ['July vs June without a value', month(2026, 7), 'all', null, null, false, 'no-data'],
    [
      'June (no value) vs May (not stored): missing first',
      month(2026, 6),
      'all',
      null,
      null,
      false,
      'missing',
    ],
    ['May is not stored', month(2026, 5), 'all', null, null, false, 'missing'],
    ['Q3 (open) vs Q2 (closed)', quarter(2026, 3), 'all', null, 75, false, 'provisional'],
    ['year 2026 (open) vs 2025', year(2026), 'all', null, 50, false, 'provisional'],
    ['another scope has no July', month(2026, 8), 'formality:abc', null, null, false, 'missing'],
    ['a scope nobody stored', month(2026, 8), 'formality:zzz', null, null, false, 'missing'],
  ] as const)('%s', (_label, period, scope, delta, previous, comparable, reason) => {
    const result = deltaPrevious(series, period, scope);
    expect(result.delta === null ? null : Number(result.delta.toFixed(10))).toEqual(
      delta === null ? null : Number(delta.toFixed(10)),
    );
    expect(result).toMatchObject({ previous, comparable });
    expect(result.reason).toBe(reason);
  });

  it.each([
    ['appears in August', [v(month(2026, 8), 61)], null],
    ['disappears after July', [v(month(2026, 7), 64)], 64],
  ])('a unit that %s has no delta: missing', (_label, unitSeries, previous) => {
    expect(deltaPrevious(unitSeries, month(2026, 8))).toEqual({
      delta: null,
      previous,
      comparable: false,
      reason: 'missing',
    });
  });

  it('never compares a quarter with a month or a year', () => {
    const onlyMonths = [v(month(2026, 6), 70), v(quarter(2026, 3), 78)];
    expect(deltaPrevious(onlyMonths, quarter(2026, 3)).reason).toBe('missing');
  });

  it('refuses two provisional values too: each is partial at its own point', () => {
    // A Q2 value captured in June and never refreshed after Q2 closed.
    const stale = [v(quarter(2026, 2), 74, false), v(quarter(2026, 3), 78, false)];
    expect(deltaPrevious(stale, quarter(2026, 3))).toEqual({
      delta: null,
      previous: 74,
      comparable: false,
      reason: 'provisional',
    });
  });

  it('refuses a closed current period against a provisional previous one', () => {
    const stale = [v(month(2026, 7), 70, false), v(month(2026, 8), 72)];
    expect(deltaPrevious(stale, month(2026, 8)).reason).toBe('provisional');
  });

  it('treats two captures of one open period as the same period, not as a previous one', () => {
    const twoDays = [
      v(quarter(2026, 2), 75),
      v(quarter(2026, 3), 77.9, false),
      v(quarter(2026, 3), 78.3, false),
    ];
    expect(valueFor(twoDays, quarter(2026, 3))?.value).toBe(78.3);
    expect(deltaPrevious(twoDays, quarter(2026, 3))).toMatchObject({
      delta: null,
      previous: 75,
      reason: 'provisional',
    });
  });

  it('prefers a closed capture of a period to a provisional one, whatever the order', () => {
    const both = [v(quarter(2026, 2), 75), v(quarter(2026, 2), 71, false), v(quarter(2026, 3), 80)];
    expect(deltaPrevious(both, quarter(2026, 3))).toEqual({
      delta: 5,
      previous: 75,
      comparable: true,
    });
  });
});

describe('deltaSamePeriodLastYear', () => {
  it.each([
    ['August 2026 vs August 2025', month(2026, 8), 84.41 - 70, 70, true, undefined],
    ['July 2026: July 2025 missing', month(2026, 7), null, null, false, 'missing'],
    ['year 2026 (open) vs 2025', year(2026), null, 50, false, 'provisional'],
    ['Q3 2026: Q3 2025 missing', quarter(2026, 3), null, null, false, 'missing'],
  ] as const)('%s', (_label, period, delta, previous, comparable, reason) => {
    const result = deltaSamePeriodLastYear(series, period);
    expect(result.delta).toBe(delta);
    expect(result).toMatchObject({ previous, comparable });
    expect(result.reason).toBe(reason);
  });
});

describe('lastPeriods', () => {
  it('gives twelve months ending with the period, gaps as null', () => {
    const points = lastPeriods(series, month(2026, 8));
    expect(points.map((p) => p.key)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    expect(points.map((p) => p.value)).toEqual([
      null,
      null,
      null,
      58,
      60,
      null,
      null,
      null,
      null,
      null,
      80.5,
      84.41,
    ]);
    // June is stored without a value; May is not stored at all.
    expect(points[9]?.closed).toBe(true);
    expect(points[8]?.closed).toBeNull();
  });

  it.each([
    [quarter(2026, 3), 4, ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'], [null, null, 75, 78]],
    [year(2026), 3, ['2024', '2025', '2026'], [null, 50, 62.62]],
    [month(2026, 8), 1, ['2026-08'], [84.41]],
    [month(2026, 8), 0, [], []],
  ] as const)('%j × %i', (period, count, keys, values) => {
    const points = lastPeriods(series, period, count);
    expect(points.map((p) => p.key)).toEqual(keys);
    expect(points.map((p) => p.value)).toEqual(values);
  });
});

describe('movers', () => {
  const rows: MoverRow[] = [
    { unitId: 'u1', name: 'UBND Phường Việt Trì', delta: 3.5 },
    { unitId: 'u2', name: 'UBND Xã Ấm Hạ', delta: 3.5 },
    { unitId: 'u3', name: 'UBND Xã An Đạo', delta: 3.5 + 1e-12 },
    { unitId: 'u4', name: 'Sở Công Thương', delta: -2 },
    { unitId: 'u5', name: 'Sở Y tế', delta: -7.25 },
    { unitId: 'u6', name: 'UBND Xã Bản Nguyên', delta: null },
    { unitId: 'u7', name: 'UBND Xã Đồng Lương', delta: 0 },
    { unitId: 'u8', name: 'UBND Xã Đào Xá', delta: 10 },
    { unitId: 'u9', name: 'Sở Nội vụ', delta: -2 },
    { unitId: 'u10', name: 'UBND Xã mới', delta: Number.NaN },
  ];

  it.each([
    [3, ['u8', 'u1', 'u3'], ['u5', 'u4', 'u9']],
    [10, ['u8', 'u1', 'u3', 'u2'], ['u5', 'u4', 'u9']],
    [1, ['u8'], ['u5']],
    [0, [], []],
  ])('top %i', (n, up, down) => {
    const result = movers(rows, n);
    expect(result.improvers.map((r) => r.unitId)).toEqual(up);
    expect(result.decliners.map((r) => r.unitId)).toEqual(down);
  });

  it('breaks ties by Vietnamese name order (Â is a letter after A, so An < Ấm)', () => {
    const { improvers, decliners } = movers(rows, 10);
    expect(improvers.slice(1).map((r) => r.name)).toEqual([
      'UBND Phường Việt Trì',
      'UBND Xã An Đạo',
      'UBND Xã Ấm Hạ',
    ]);
    // Root collation treats Ấ as A with an accent and would put Ấm before An.
    expect('UBND Xã Ấm Hạ'.localeCompare('UBND Xã An Đạo', 'en')).toBeLessThan(0);
    expect(decliners.slice(1).map((r) => r.name)).toEqual(['Sở Công Thương', 'Sở Nội vụ']);
  });

  it('does not reorder its input', () => {
    const before = rows.map((r) => r.unitId);
    movers(rows, 5);
    expect(rows.map((r) => r.unitId)).toEqual(before);
  });
});
