import { describe, expect, it } from 'vitest';
import { round2 } from '../format/round';
import type { GroupCode } from '../model/groups';
import { unitTotal } from './unit-total';

const SIX: Record<GroupCode, number> = {
  CKMB: 7.96,
  TDGQ: 15.68,
  CLGQ: 8.83,
  TTTT: 6.25,
  MDHL: 12.96,
  MDSH: 8.24,
};
const closed = (score: number | null) => ({ score, closed: true });

describe('a unit total out of 100', () => {
  it("is the portal's where a summary holds one", () => {
    expect(unitTotal({ score: 62.74, closed: false }, () => null)).toEqual({
      score: 62.74,
      source: 'portal',
      missingGroups: [],
      closed: false,
    });
  });

  it('is otherwise the sum of the six groups, free of float noise', () => {
    const total = unitTotal(null, (g) => closed(SIX[g]));
    expect(total).toEqual({
      score: 59.92,
      source: 'sum-of-groups',
      missingGroups: [],
      closed: true,
    });
    expect(unitTotal({ score: null, closed: true }, (g) => closed(SIX[g])).source).toBe(
      'sum-of-groups',
    );
    expect(unitTotal(null, (g) => ({ score: SIX[g], closed: g !== 'MDHL' })).closed).toBe(false);
  });

  it('is nothing when a group is missing, naming it: never a partial sum', () => {
    expect(unitTotal(null, (g) => (g === 'TTTT' ? null : closed(SIX[g])))).toEqual({
      score: null,
      source: null,
      missingGroups: ['TTTT'],
      closed: false,
    });
    expect(unitTotal(null, (g) => closed(g === 'CKMB' ? null : SIX[g])).missingGroups).toEqual([
      'CKMB',
    ]);
  });
});

describe('round2', () => {
  it('keeps two decimals without float noise or negative zero', () => {
    expect(round2(59.92000000000001)).toBe(59.92);
    expect(round2(-0.47000000000000064)).toBe(-0.47);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round2(null)).toBeNull();
    expect(round2(Number.NaN)).toBeNull();
  });
});
