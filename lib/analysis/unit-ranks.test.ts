import { describe, expect, it } from 'vitest';
import { unitRanks } from './unit-ranks';

describe('unit ranks for a view', () => {
  it('rank agencies and communes apart, and all together, saying who shares a place', () => {
    const ranks = unitRanks(
      [
        { unitId: 'root', kind: 'PROVINCE', score: 90 },
        { unitId: 'a1', kind: 'AGENCY', score: 50 },
        { unitId: 'a2', kind: 'AGENCY', score: 70 },
        { unitId: 'c1', kind: 'COMMUNE', score: 70 },
        { unitId: 'c2', kind: 'COMMUNE', score: 70 },
        { unitId: 'c3', kind: 'COMMUNE', score: 60 },
        { unitId: 'c4', kind: 'COMMUNE', score: null },
      ],
      'root',
    );
    expect(ranks.has('root')).toBe(false);
    expect(ranks.get('a1')).toEqual({
      kind: { rank: 2, of: 2, tied: 1, pool: 'AGENCY' },
      all: { rank: 5, of: 5, tied: 1, pool: 'ALL' },
    });
    expect(ranks.get('c2')).toEqual({
      kind: { rank: 1, of: 3, tied: 2, pool: 'COMMUNE' },
      all: { rank: 1, of: 5, tied: 3, pool: 'ALL' },
    });
    expect(ranks.get('c3')?.kind).toEqual({ rank: 3, of: 3, tied: 1, pool: 'COMMUNE' });
    expect(ranks.get('c4')).toEqual({ kind: null, all: null });
  });
});
