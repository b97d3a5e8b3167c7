import { VN_TIME_ZONE } from '../format/vietnamese';

/** A reporting period as the portal selects it: a month, a quarter or a year. */
export type PeriodType = 'month' | 'quarter' | 'year';

export interface Period {
  type: PeriodType;
  year: number;
  /** Month 1–12 or quarter 1–4; null for a year. */
  number: number | null;
}

/** `2026-08`, `2026-Q3` or `2026`: the form exports and keys use. */
export function periodKey(period: Period): string {
  if (period.type === 'year') return String(period.year);
  if (period.type === 'quarter') return `${period.year}-Q${period.number}`;
  return `${period.year}-${String(period.number).padStart(2, '0')}`;
}

export function parsePeriodKey(key: string): Period | null {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { type: 'year', year: Number(m[1]), number: null };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { type: 'quarter', year: Number(m[1]), number: Number(m[2]) };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { type: 'month', year: Number(m[1]), number: Number(m[2]) };
  return null;
}

/** Vietnamese label: `Tháng 08/2026`, `Quý III/2026`, `Năm 2026`. */
export function periodLabel(period: Period, locale: 'vi' | 'en' = 'vi'): string {
  const roman = ['I', 'II', 'III', 'IV'];
  if (period.type === 'year') return locale === 'vi' ? `Năm ${period.year}` : `Year ${period.year}`;
  if (period.type === 'quarter') {
    const q = roman[(period.number ?? 1) - 1];
    return locale === 'vi' ? `Quý ${q}/${period.year}` : `Q${period.number} ${period.year}`;
  }
  const mm = String(period.number).padStart(2, '0');
  return locale === 'vi' ? `Tháng ${mm}/${period.year}` : `${mm}/${period.year}`;
}

/** First and last calendar day (`YYYY-MM-DD`), as handling-satisfaction sends them. */
export function periodDates(period: Period): { from: string; to: string } {
  const n = period.number ?? 1;
  const [firstMonth, lastMonth] =
    period.type === 'year' ? [1, 12] : period.type === 'quarter' ? [3 * n - 2, 3 * n] : [n, n];
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return {
    from: `${period.year}-${mm(firstMonth)}-01`,
    to: `${period.year}-${mm(lastMonth)}-${String(lastDay).padStart(2, '0')}`,
  };
}

// Vietnam has kept UTC+7, without daylight saving, since 1975: from 1976 on its calendar day
// is the UTC day of the instant moved by 7 hours. Intl, even built once, cost a tenth of
// parsing a whole portal answer (#11); it still answers for instants outside that span.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const FIXED_OFFSET_FROM = Date.UTC(1976, 0, 1);
const FIXED_OFFSET_UNTIL = Date.UTC(9000, 0, 1);
let vietnamDay: Intl.DateTimeFormat | undefined;

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export function vietnamDate(instant: Date): string {
  const time = instant.getTime();
  if (time >= FIXED_OFFSET_FROM && time < FIXED_OFFSET_UNTIL) {
    return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  }
  vietnamDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: VN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return vietnamDay.format(instant);
}

/**
 * A period is closed once its last day has ended in Vietnam; before that its numbers are
 * provisional and move from day to day.
 */
export function isPeriodClosed(period: Period, at: Date): boolean {
  return vietnamDate(at) > periodDates(period).to;
}

export function previousPeriod(period: Period): Period {
  if (period.type === 'year') return { type: 'year', year: period.year - 1, number: null };
  const n = period.number ?? 1;
  const last = period.type === 'quarter' ? 4 : 12;
  return n === 1
    ? { type: period.type, year: period.year - 1, number: last }
    : { type: period.type, year: period.year, number: n - 1 };
}

export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

/** Chronological order within one period type. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || (a.number ?? 0) - (b.number ?? 0);
}
