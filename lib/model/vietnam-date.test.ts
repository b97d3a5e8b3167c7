import { describe, expect, it } from 'vitest';
import { VN_TIME_ZONE } from '../format/vietnamese';
import { isPeriodClosed, vietnamDate } from './period';

/** What vietnamDate answered before it did the arithmetic itself (#11): Intl, in Vietnam time. */
const intlDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('vietnamDate', () => {
  it('is the Vietnam calendar day Intl gives, across 50 years and around every midnight', () => {
    const HOUR = 3_600_000;
    // A step that is not a whole number of hours, so every time of day is visited.
    for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2026, 0, 1); t += 97 * HOUR + 1_234_567) {
      const instant = new Date(t);
      expect(vietnamDate(instant), instant.toISOString()).toBe(intlDay.format(instant));
    }
    for (const iso of [
      '2026-08-31T16:59:59.999Z',
      '2026-08-31T17:00:00.000Z',
      '2025-12-31T17:00:00Z',
    ]) {
      const instant = new Date(iso);
      expect(vietnamDate(instant), iso).toBe(intlDay.format(instant));
    }
  });

  it('still asks Intl outside the span of a fixed UTC+7', () => {
    const instant = new Date(Date.UTC(1960, 5, 1, 16, 30));
    expect(vietnamDate(instant)).toBe(intlDay.format(instant));
  });

  it('closes August 2026 at midnight in Vietnam, not in UTC', () => {
    const august = { type: 'month', year: 2026, number: 8 } as const;
    expect(isPeriodClosed(august, new Date('2026-08-31T16:59:59Z'))).toBe(false);
    expect(isPeriodClosed(august, new Date('2026-08-31T17:00:00Z'))).toBe(true);
  });
});
