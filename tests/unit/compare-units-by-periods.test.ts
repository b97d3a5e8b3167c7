import { describe, expect, it } from 'vitest';
import { periodsRowBelowTarget } from '../../lib/compare/columns';
import { filterRows } from '../../lib/compare/table-sort';
import {
  MAX_PERIODS,
  type UnitsByPeriods,
  type UnitsByPeriodsRequest,
  unitsByPeriods,
} from '../../lib/compare/units-by-periods';
import { PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, rawRatio, storeTwoMonths } from '../support/two-month-suite';

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('units × periods', () => {
  const stored = storeTwoMonths('compare-periods');
  const table = (request: Omit<UnitsByPeriodsRequest, 'rootUnitId'>): UnitsByPeriods => {
    const out = unitsByPeriods(stored.snapshots, SETTINGS, { rootUnitId: PHU_THO, ...request });
    if (!out) throw new Error('no table');
    return out;
  };

  it('gives each commune its total for July and August, and the move between them', () => {
    const t = table({ measure: { type: 'total' }, kind: 'COMMUNE' });
    expect(t.periods.map((p) => [p.key, p.label, p.stored, p.provisional])).toEqual([
      ['2026-07', 'Tháng 07/2026', true, false],
      ['2026-08', 'Tháng 08/2026', true, false],
    ]);
    expect(t.maxScore).toBe(100);
    expect(t.rows).toHaveLength(148);
    const trends = new Set<string | null>();
    for (const row of t.rows) {
      const [july, august] = row.cells;
      const before = rawTotal(JULY.get(row.unit.id) as RawUnit) as number;
      const now = rawTotal(AUGUST.get(row.unit.id) as RawUnit) as number;
      expect(july?.value).toBe(before);
      expect(august?.value).toBe(now);
      // June is not stored: the first column has nothing to compare with.
      expect(july).toMatchObject({ delta: null, deltaReason: 'missing', trend: null });
      expect(august?.delta).toBe(round2(now - before));
      const sign = Math.sign(round2(now - before));
      expect(august?.trend).toBe(sign > 0 ? 'up' : sign < 0 ? 'down' : 'same');
      expect(august?.fullScore).toBe('below');
      expect(august?.target).toBeNull();
      trends.add(august?.trend ?? null);
    }
    expect(trends.has('up') && trends.has('down')).toBe(true);
    expect(t.rows.some((r) => r.isRoot)).toBe(false);
  });

  it('marks a group score at its maximum as full', () => {
    const t = table({ measure: { type: 'group', group: 'MDHL' }, includeRoot: true });
    expect(t.maxScore).toBe(18);
    expect(t.rows[0]).toMatchObject({ isRoot: true, unit: { id: PHU_THO } });
    expect(t.rows[0]?.cells[1]?.value).toBe(12.96);
    const children = t.rows.slice(1);
    expect(children).toHaveLength(163);
    for (const row of children) {
      const score = AUGUST.get(row.unit.id)?.groups.MDHL ?? null;
      expect(row.cells[1]?.value).toBe(score);
      expect(row.cells[1]?.fullScore).toBe(score === 18 ? 'full' : 'below');
    }
    expect(children.filter((r) => r.cells[1]?.fullScore === 'full').length).toBeGreaterThan(10);
  });

  it('judges a criterion against its target, leaving 0/0 as no data', () => {
    const code = 'DOSSIER_RECEIVING_SATISFACTION';
    const t = table({ measure: { type: 'criterion', criterion: code }, kind: 'AGENCY' });
    expect(t.rows).toHaveLength(15);
    let noData = 0;
    for (const row of t.rows) {
      const now = rawRatio(AUGUST.get(row.unit.id), code);
      const before = rawRatio(JULY.get(row.unit.id), code);
      const cell = row.cells[1];
      expect(cell?.value).toBe(now);
      if (now === null) {
        noData++;
        expect(cell?.target?.status).toBe('no-data');
        expect(cell?.delta).toBeNull();
        continue;
      }
      expect(cell?.target).toMatchObject({ status: now >= 92 ? 'met' : 'not-met', target: 92 });
      expect(cell?.fullScore).toBe(now >= 90 ? 'full' : 'below');
      if (before !== null) expect(cell?.delta).toBe(round2(now - before));
      expect(periodsRowBelowTarget(row)).toBe(now < 92);
    }
    expect(noData).toBeLessThan(t.rows.length);
    const below = filterRows(t.rows, { belowTargetOnly: true }, periodsRowBelowTarget);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((r) => (r.cells[1]?.value ?? 100) < 92)).toBe(true);
  });

  it('keeps months with nothing stored as empty columns, never zeros', () => {
    const t = table({ measure: { type: 'total' }, from: '2026-05', to: '2026-08' });
    expect(t.periods.map((p) => [p.key, p.stored])).toEqual([
      ['2026-05', false],
      ['2026-06', false],
      ['2026-07', true],
      ['2026-08', true],
    ]);
    for (const row of t.rows) {
      expect(row.cells[0]).toMatchObject({ value: null, delta: null, trend: null });
      expect(row.cells[1]?.value).toBeNull();
      expect(row.cells[2]?.value).not.toBeNull();
    }
  });

  it(`shows at most ${MAX_PERIODS} periods, the latest kept`, () => {
    const t = table({ measure: { type: 'total' }, from: '2023-01', to: '2026-08' });
    expect(t.periods).toHaveLength(MAX_PERIODS);
    expect(t.periods[0]?.key).toBe('2024-09');
    expect(t.periods.at(-1)?.key).toBe('2026-08');
  });

  it('does not compare with a provisional month', () => {
    const open = stored.snapshots.map((s) =>
      s.capture.periodKey === '2026-07'
        ? { ...s, capture: { ...s.capture, periodClosed: false } }
        : s,
    );
    const t = unitsByPeriods(open, SETTINGS, { rootUnitId: PHU_THO, measure: { type: 'total' } });
    expect(t?.periods[0]?.provisional).toBe(true);
    for (const row of t?.rows ?? []) {
      expect(row.cells[1]).toMatchObject({ delta: null, deltaReason: 'provisional', trend: null });
    }
  });

  it('is null when nothing is stored for the root', () => {
    expect(
      unitsByPeriods(stored.snapshots, SETTINGS, { rootUnitId: 'x', measure: { type: 'total' } }),
    ).toBeNull();
  });
});
