import { describe, expect, it } from 'vitest';
import { sortSpreadTable, unitSpread } from '../../lib/trend/unit-spread';
import { countRank, PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, rawRatio, storeTwoMonths } from '../support/two-month-suite';

const CODE = 'DOSSIER_RECEIVING_SATISFACTION';
/** The default profile's 2026 target for this criterion (QĐ 766, Phụ lục). */
const TARGET = 92;

describe("the spread of a province's children for one month", () => {
  const stored = storeTwoMonths('trend-spread');

  it('lists every August child once, best total first, with ranks counted from the files', () => {
    const child = [...AUGUST.keys()][5] as string;
    const spread = unitSpread(stored.snapshots, SETTINGS, child, null, null);
    expect(spread?.periodKey).toBe('2026-08');
    expect(spread?.periods).toEqual(['2026-08', '2026-07']);
    expect(spread?.rootUnitId).toBe(PHU_THO);
    expect(spread?.highlight).toBe(child);
    expect(spread?.line).toBe('full-score');
    expect(spread?.lineValue).toBe(100);
    const totals = new Map([...AUGUST].map(([id, u]) => [id, rawTotal(u)]));
    expect(spread?.points).toHaveLength(AUGUST.size);
    for (const p of spread?.points ?? []) {
      expect(p.value, p.unit.name).toBe(totals.get(p.unit.id));
      expect(p.rank).toBe(countRank([...totals.values()], totals.get(p.unit.id) ?? null));
      expect(p.met).toBe(p.value === null ? null : p.value >= 100);
    }
    const values = (spread?.points ?? []).flatMap((p) => (p.value === null ? [] : [p.value]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('judges a criterion against its target, July on request', () => {
    const spread = unitSpread(stored.snapshots, SETTINGS, PHU_THO, CODE, '2026-07');
    expect(spread?.periodKey).toBe('2026-07');
    expect(spread?.highlight).toBeNull();
    expect(spread?.line).toBe('target');
    expect(spread?.lineValue).toBe(TARGET);
    expect(spread?.points).toHaveLength(JULY.size);
    for (const p of spread?.points ?? []) {
      const unit = JULY.get(p.unit.id) as RawUnit;
      const expected = rawRatio(unit, CODE);
      if (expected === null) {
        expect(p.value).toBeNull();
        expect(p.met).toBeNull();
      } else {
        expect(p.value).toBeCloseTo(expected, 6);
        expect(p.met).toBe(expected >= TARGET - 1e-9);
      }
    }
    // Units without a ratio come last.
    const firstNull = spread?.points.findIndex((p) => p.value === null) ?? -1;
    if (firstNull >= 0)
      expect(spread?.points.slice(firstNull).every((p) => p.value === null)).toBe(true);
  });

  it('falls back to the latest month for an unknown one, and is null for an unknown unit', () => {
    expect(unitSpread(stored.snapshots, SETTINGS, PHU_THO, 'MDHL', '2025-01')?.periodKey).toBe(
      '2026-08',
    );
    expect(unitSpread(stored.snapshots, SETTINGS, 'nobody', null, null)).toBeNull();
  });

  it('sorts the table by name or by value, no value always last', () => {
    const spread = unitSpread(stored.snapshots, SETTINGS, PHU_THO, CODE, null);
    const points = spread?.points ?? [];
    const asc = sortSpreadTable(points, 'value', 'asc');
    const valued = asc.filter((p) => p.value !== null).map((p) => p.value as number);
    expect(valued).toEqual([...valued].sort((a, b) => a - b));
    expect(asc.slice(valued.length).every((p) => p.value === null)).toBe(true);
    const names = sortSpreadTable(points, 'name', 'asc').map((p) => p.unit.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'vi', { sensitivity: 'base' })),
    );
  });
});
