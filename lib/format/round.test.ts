import { describe, expect, it } from 'vitest';
import { round2 } from './round';

describe('round2', () => {
  it('drops float noise and negative zero, keeps null', () => {
    expect(round2(59.92000000000001)).toBe(59.92);
    expect(round2(-0.47000000000000064)).toBe(-0.47);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round2(null)).toBeNull();
    expect(round2(Number.NaN)).toBeNull();
  });

  it('keeps a huge finite number a number (found by fuzzing: ×100 overflowed to Infinity)', () => {
    expect(round2(1.7006802721088435e307)).toBe(1.7006802721088435e307);
    expect(round2(-1e308)).toBe(-1e308);
    expect(round2(2 ** 60)).toBe(2 ** 60);
  });
});
