import { describe, expect, it } from 'vitest';
import { criterion, unit, view } from '../annotator/fixture-view.test-helper';
import { unitListRows } from './unit-list';

const short = criterion('CODE_A', 38.22, { status: 'not-met', target: 52, gap: -13.78 }, null);
const met = criterion('CODE_B', 60, { status: 'met', target: 52, gap: 8 }, 1.5);
const quiet = criterion('CODE_C', 10, { status: 'no-target', target: null, gap: null }, null);

function sample() {
  const moved = unit('a', 'Sở A', 'AGENCY', [short, met, quiet], 7.82);
  moved.rank = { rank: 70, of: 163, change: -63 };
  moved.score = 84.41;
  moved.maxScore = 100;
  const still = unit('b', 'Xã B', 'COMMUNE', [], 0);
  still.score = null;
  return view([moved, still]);
}

describe('unitListRows', () => {
  it('says per unit what its chips say, in the view order, one line per chip', () => {
    const [a, b] = unitListRows(sample());
    expect(a?.name).toBe('Sở A');
    expect(a?.score).toBe('84,41/100');
    expect(a?.lines.map((l) => [l.criterion, l.chip])).toEqual([
      [null, '▲ 7,82 ↓ 63 bậc'],
      ['Tỷ lệ A', '✗ thiếu 13,78'],
      ['Tỷ lệ B', '✓ đạt ▲ 1,50'],
    ]);
    expect(a?.lines[1]?.sentence).toContain('mục tiêu ≥ 52%: chưa đạt, thiếu 13,78 điểm %');
    // No score is not a zero, and a unit whose chips have nothing to say has no line.
    expect(b?.score).toBe('–');
    expect(b?.lines).toEqual([]);
  });

  it('writes English numbers and words in the English UI', () => {
    const [a] = unitListRows(sample(), 'en');
    expect(a?.score).toBe('84.41/100');
    expect(a?.lines.map((l) => l.chip)).toEqual([
      '▲ 7.82 ↓ 63 places',
      '✗ short 13.78',
      '✓ met ▲ 1.50',
    ]);
  });
});
