import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type KindRankRow,
  rankAgencies,
  rankChange,
  rankChanges,
  rankChildren,
  rankCommunes,
  rankUnits,
} from './ranks';

interface EvaluationRow {
  departmentId: string;
  departmentType: string;
  totalScore: number | null;
}

const digitized = JSON.parse(
  readFileSync('tests/fixtures/portal-2026/phu-tho-2026-08/dossier-digitized.json', 'utf8'),
) as { data: { overview: EvaluationRow; evaluation: EvaluationRow[] } };

const children: KindRankRow[] = digitized.data.evaluation.map((e) => ({
  unitId: e.departmentId,
  score: e.totalScore,
  kind: e.departmentType === 'COMMUNE_PEOPLE_COMMITTEE' ? 'COMMUNE' : 'AGENCY',
}));

/** The definition itself, quadratic and obviously right: 1 + how many scored strictly higher. */
function naiveRank(rows: readonly KindRankRow[], score: number | null): number | null {
  if (score === null) return null;
  return 1 + rows.filter((r) => r.score !== null && r.score > score).length;
}

describe('rankUnits', () => {
  it.each([
    ['no ties', [90, 80, 70], [1, 2, 3], 3],
    ['a tie for second', [90, 80, 80, 70], [1, 2, 2, 4], 4],
    ['a tie at the top', [90, 90, 90, 10], [1, 1, 1, 4], 4],
    ['everyone tied', [5, 5], [1, 1], 2],
    ['nulls unranked and not counted', [null, 80, null, 90], [null, 2, null, 1], 2],
    ['only nulls', [null, null], [null, null], 0],
    ['float noise is a tie', [0.1 + 0.2, 0.3, 0.2], [1, 1, 3], 3],
    ['a real 0.01 difference is not', [84.41, 84.4], [1, 2], 2],
    ['zero is a score, not missing', [0, null, 0], [1, null, 1], 2],
    ['NaN is no score', [Number.NaN, 1], [null, 1], 1],
  ])('%s', (_label, scores, ranks, of) => {
    const rows = scores.map((score, i) => ({ unitId: `u${i}`, score }));
    const result = rankUnits(rows);
    expect(rows.map((r) => result.get(r.unitId)?.rank)).toEqual(ranks);
    for (const rank of result.values()) expect(rank.of).toBe(of);
  });

  it('keeps the first row of a repeated unit id', () => {
    const result = rankUnits([
      { unitId: 'a', score: 10 },
      { unitId: 'a', score: 99 },
      { unitId: 'b', score: 50 },
    ]);
    expect(result.get('a')).toEqual({ rank: 2, of: 2 });
  });

  it('agrees with the definition on the 163 Phú Thọ children (Số hóa hồ sơ, 08/2026)', () => {
    expect(children).toHaveLength(163);
    const result = rankChildren(children, digitized.data.overview.departmentId);
    const withScore = children.filter((c) => c.score !== null).length;
    expect(result.size).toBe(163);
    for (const child of children) {
      expect(result.get(child.unitId)).toEqual({
        rank: naiveRank(children, child.score),
        of: withScore,
      });
    }
    // The fixture has ties (119 distinct scores among 163), so "1224" gaps must appear.
    const ranks = [...result.values()].map((r) => r.rank);
    expect(new Set(ranks).size).toBe(new Set(children.map((c) => c.score)).size);
    expect(Math.max(...ranks.map((r) => r ?? 0))).toBeLessThanOrEqual(163);
  });

  it('leaves the root out when ranking its children', () => {
    const root = digitized.data.overview;
    const rows = [{ unitId: root.departmentId, score: root.totalScore, kind: 'PROVINCE' as const }];
    const result = rankChildren([...rows, ...children], root.departmentId);
    expect(result.has(root.departmentId)).toBe(false);
    expect(result.size).toBe(163);
  });

  it.each([
    ['agencies', rankAgencies, 'AGENCY'],
    ['communes', rankCommunes, 'COMMUNE'],
  ] as const)('ranks %s among themselves only', (_label, rank, kind) => {
    const group = children.filter((c) => c.kind === kind);
    const result = rank(children);
    expect(result.size).toBe(group.length);
    for (const unit of group) {
      expect(result.get(unit.unitId)).toEqual({
        rank: naiveRank(group, unit.score),
        of: group.length,
      });
    }
  });

  it('splits Phú Thọ into 15 agencies and 148 communes', () => {
    expect(rankAgencies(children).size).toBe(15);
    expect(rankCommunes(children).size).toBe(148);
  });
});

describe('rank changes', () => {
  it.each([
    [5, 2, 3],
    [2, 5, -3],
    [4, 4, 0],
    [null, 1, null],
    [undefined, 1, null],
    [3, null, null],
  ])('from %s to %s is %s', (before, after, change) => {
    expect(rankChange(before, after)).toBe(change);
  });

  it('ranks each month among the units present, with null for a newcomer', () => {
    const july = rankUnits([
      { unitId: 'a', score: 80 },
      { unitId: 'b', score: 70 },
      { unitId: 'gone', score: 90 },
    ]);
    const august = rankUnits([
      { unitId: 'a', score: 80 },
      { unitId: 'b', score: 85 },
      { unitId: 'new', score: 60 },
      { unitId: 'blank', score: null },
    ]);
    // "gone" no longer counts in August; "blank" has no score, so it does not count either.
    expect(july.get('a')).toEqual({ rank: 2, of: 3 });
    expect(august.get('a')).toEqual({ rank: 2, of: 3 });
    expect(Object.fromEntries(rankChanges(july, august))).toEqual({
      a: 0,
      b: 2,
      new: null,
      blank: null,
    });
  });
});
