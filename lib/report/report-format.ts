import { type Locale, numberFormat, vietnamTimeParts } from '../format/vietnamese';

/**
 * Numbers and times as officials write them in a report (reports.md §1): 84,41 and 10,7
 * (scores keep the portal's own decimals), 80,90% (ratios with two), 92.784 (counts), dates
 * dd/mm/yyyy and "16 giờ 30 phút" in Vietnam time whatever the machine's zone.
 */

const DASH = '—';

/** A score: up to two decimals, none padded ("10,7/18", "6/6"). */
export function fmtScore(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return numberFormat(locale, 0, 2).format(value);
}

/** A ratio in percent with two decimals: "80,90%". */
export function fmtPercent(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return `${numberFormat(locale, 2, 2).format(value)}%`;
}

/** A target as officials state it: "52%", "92,5%". */
export function fmtTarget(value: number, locale: Locale): string {
  return `${numberFormat(locale, 0, 2).format(value)}%`;
}

/** A count: "92.784" (vi), "92,784" (en). */
export function fmtCount(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return numberFormat(locale, 0, 0).format(value);
}

/** A size without its sign, two decimals at most: for "tăng 5,98 điểm". */
export function fmtSize(value: number, locale: Locale): string {
  return numberFormat(locale, 0, 2).format(Math.abs(value));
}

/** Percentage points with two decimals, without sign: "còn thiếu 13,10 điểm %". */
export function fmtPoints(value: number, locale: Locale): string {
  return numberFormat(locale, 2, 2).format(Math.abs(value));
}

/** Rounded the way it is printed, so "tăng 0 điểm" never appears for a change of 0,001. */
export function isZeroChange(value: number): boolean {
  return Math.round(Math.abs(value) * 100) === 0;
}

/** "16 giờ 30 phút ngày 04/10/2024" (vi) or "16:30 on 04/10/2024" (en), Vietnam time. */
export function fmtAsOf(instant: string | Date, locale: Locale): string {
  const p = vietnamTimeParts(instant);
  const date = `${p.day}/${p.month}/${p.year}`;
  return locale === 'vi'
    ? `${p.hour} giờ ${p.minute} phút ngày ${date}`
    : `${p.hour}:${p.minute} (Vietnam time) on ${date}`;
}

/**
 * The date line of an administrative document (NĐ 30/2020, Phụ lục I): days below 10 and
 * months below 3 take a leading zero ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 8 năm 2026").
 */
export function fmtDocumentDate(instant: Date): { day: string; month: string; year: string } {
  const p = vietnamTimeParts(instant);
  const day = Number(p.day);
  const month = Number(p.month);
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month < 3 ? `0${month}` : String(month),
    year: String(p.year),
  };
}
