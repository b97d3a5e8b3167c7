import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatNumber, toVietnamIso } from './vietnamese';

describe('Vietnamese formatting', () => {
  it('writes decimals with a comma and thousands with a dot', () => {
    expect(formatNumber(84.41)).toBe('84,41');
    expect(formatNumber(7.96)).toBe('7,96');
    expect(formatNumber(0)).toBe('0,00');
    expect(formatCount(184513)).toBe('184.513');
  });

  it('shows a dash for missing values instead of zero', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('formats English with a decimal point', () => {
    expect(formatNumber(84.41, 2, 'en')).toBe('84.41');
  });

  it('dates instants in Vietnam time (UTC+7), not the machine zone', () => {
    // 18:14 UTC on 26/09 is already 27/09 in Hà Nội.
    expect(formatDate('2026-09-26T18:14:39.135Z')).toBe('27/09/2026');
    expect(formatDateTime('2026-09-26T18:14:39.135Z')).toBe('27/09/2026 01:14');
    expect(toVietnamIso('2026-09-26T18:14:39.135Z')).toBe('2026-09-27T01:14:39+07:00');
  });
});
