import { describe, expect, it } from 'vitest';
import { cellText } from './table-cell';

describe('cellText', () => {
  it('writes scores the Vietnamese way and ranks as whole numbers', () => {
    expect(cellText(84.41, 'decimal', 'vi')).toBe('84,41');
    expect(cellText(84.41, 'decimal', 'en')).toBe('84.41');
    expect(cellText(3, 'integer', 'vi')).toBe('3');
    expect(cellText('Xã Xuân Lũng', 'text', 'vi')).toBe('Xã Xuân Lũng');
  });

  it('leaves missing data empty, never 0', () => {
    expect(cellText(null, 'decimal', 'vi')).toBe('');
    expect(cellText(Number.NaN, 'decimal', 'vi')).toBe('');
    expect(cellText(0, 'decimal', 'vi')).toBe('0,00');
  });

  it('signs changes when asked', () => {
    expect(cellText(1.25, 'decimal', 'vi', true)).toBe('+1,25');
    expect(cellText(-2, 'integer', 'vi', true)).toBe('−2');
    expect(cellText(0, 'integer', 'vi', true)).toBe('0');
  });
});
