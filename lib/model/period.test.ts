import { describe, expect, it } from 'vitest';
import {
  isPeriodClosed,
  type Period,
  parsePeriodKey,
  periodDates,
  periodKey,
  periodLabel,
  previousPeriod,
  samePeriodLastYear,
} from './period';

const month = (year: number, number: number): Period => ({ type: 'month', year, number });
const quarter = (year: number, number: number): Period => ({ type: 'quarter', year, number });
const year = (y: number): Period => ({ type: 'year', year: y, number: null });

describe('periods', () => {
  it.each([
    [month(2026, 8), '2026-08', 'Tháng 08/2026'],
    [quarter(2026, 3), '2026-Q3', 'Quý III/2026'],
    [year(2026), '2026', 'Năm 2026'],
  ])('%j is keyed %s and labelled %s', (period, key, label) => {
    expect(periodKey(period)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(period);
    expect(periodLabel(period)).toBe(label);
  });

  it.each(['2026-13', '2026-Q5', '26-08', '2026-8', ''])('rejects the key %j', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });

  it('gives the first and last day the satisfaction endpoint expects', () => {
    expect(periodDates(month(2026, 8))).toEqual({ from: '2026-08-01', to: '2026-08-31' });
    expect(periodDates(month(2028, 2))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodDates(quarter(2026, 3))).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodDates(year(2026))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('closes a period when its last day has ended in Vietnam, not in UTC', () => {
    // 31/08 17:00 UTC is already 01/09 00:00 in Hà Nội.
    expect(isPeriodClosed(month(2026, 8), new Date('2026-08-31T16:59:59Z'))).toBe(false);
    expect(isPeriodClosed(month(2026, 8), new Date('2026-08-31T17:00:00Z'))).toBe(true);
    expect(isPeriodClosed(quarter(2026, 3), new Date('2026-09-26T18:14:39Z'))).toBe(false);
    expect(isPeriodClosed(year(2026), new Date('2026-11-22T00:00:00Z'))).toBe(false);
  });

  it('steps back one period of the same type, across year ends', () => {
    expect(previousPeriod(month(2026, 1))).toEqual(month(2025, 12));
    expect(previousPeriod(month(2026, 8))).toEqual(month(2026, 7));
    expect(previousPeriod(quarter(2026, 1))).toEqual(quarter(2025, 4));
    expect(previousPeriod(year(2026))).toEqual(year(2025));
    expect(samePeriodLastYear(quarter(2026, 3))).toEqual(quarter(2025, 3));
  });
});
