import { describe, expect, it } from 'vitest';
import { measureOf, rootOfUnit, unitTrend } from '../../lib/trend/unit-trend';
import { PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, rawRatio, storeTwoMonths } from '../support/two-month-suite';

describe('a unit over the stored months', () => {
  const stored = storeTwoMonths('unit-trend');

  it('reads the measure from the link', () => {
    expect(measureOf(null)).toEqual({ type: 'total' });
    expect(measureOf('MDHL')).toEqual({ type: 'group', group: 'MDHL' });
    expect(measureOf('DOSSIER_RECEIVING_SATISFACTION')).toEqual({
      type: 'criterion',
      criterion: 'DOSSIER_RECEIVING_SATISFACTION',
    });
  });

  it('finds the root of a province (itself) and of a child (its province)', () => {
    const child = [...AUGUST.keys()][0] as string;
    expect(rootOfUnit(stored.snapshots, PHU_THO)).toBe(PHU_THO);
    expect(rootOfUnit(stored.snapshots, child)).toBe(PHU_THO);
    expect(rootOfUnit(stored.snapshots, 'nobody')).toBeNull();
    expect(unitTrend(stored.snapshots, SETTINGS, 'nobody', null)).toBeNull();
  });

  it("gives every child's July and August totals as the fixture files add them up", () => {
    for (const [id, unit] of AUGUST) {
      const trend = unitTrend(stored.snapshots, SETTINGS, id, null);
      expect(trend?.points.map((p) => p.periodKey)).toEqual(['2026-07', '2026-08']);
      const july = JULY.get(id);
      expect(trend?.points.map((p) => p.value)).toEqual([
        july ? rawTotal(july) : null,
        rawTotal(unit),
      ]);
      expect(trend?.maxScore).toBe(100);
    }
  });

  it('gives a group score and a criterion ratio with its target', () => {
    const [id, unit] = [...AUGUST][0] as [string, RawUnit];
    const group = unitTrend(stored.snapshots, SETTINGS, id, 'MDHL');
    expect(group?.points.at(-1)?.value).toBeCloseTo(unit.groups.MDHL ?? Number.NaN, 6);
    expect(group?.maxScore).toBe(18);
    const code = 'DOSSIER_RECEIVING_SATISFACTION';
    const criterion = unitTrend(stored.snapshots, SETTINGS, id, code);
    expect(criterion?.maxScore).toBeNull();
    const last = criterion?.points.at(-1);
    const expected = rawRatio(unit, code);
    if (expected === null) expect(last?.value).toBeNull();
    else expect(last?.value).toBeCloseTo(expected, 6);
    expect(last?.target).toBe(92);
  });

  it('draws the province itself from its own snapshots', () => {
    const trend = unitTrend(stored.snapshots, SETTINGS, PHU_THO, null);
    expect(trend?.unit.id).toBe(PHU_THO);
    expect(trend?.points).toHaveLength(2);
  });
});

describe('measure labels', () => {
  it('names the total, a group and a criterion, with their full-score lines', async () => {
    const { measureLabel, fullScoreLine } = await import('../../lib/trend/measure-label');
    expect(measureLabel({ type: 'total' }, 'vi')).toBe('Tổng điểm');
    expect(measureLabel({ type: 'group', group: 'MDHL' }, 'vi')).toBe('Mức độ hài lòng');
    expect(measureLabel({ type: 'criterion', criterion: 'NOPE' }, 'en')).toBe('NOPE');
    expect(fullScoreLine({ type: 'total' })).toBe(100);
    expect(fullScoreLine({ type: 'group', group: 'MDHL' })).toBe(18);
  });
});
