/** Vietnamese presentation: numbers as 84,41, dates as dd/mm/yyyy, always in Vietnam time. */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export type Locale = 'vi' | 'en';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and number of decimals, built once (building one is slow). */
export function numberFormat(
  locale: Locale,
  digits: number,
  maxDigits = digits,
): Intl.NumberFormat {
  const key = `${locale}:${digits}:${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

// Intl's format is the slow part of labelling hundreds of badges, and the same few hundred
// values come back on every pass: remember recent results.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 4096;

/** `null` is shown as a dash: missing data is not zero. */
export function formatNumber(value: number | null | undefined, digits = 2, locale: Locale = 'vi') {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${locale}${digits}:${value}`;
  let out = formatted.get(key);
  if (out === undefined) {
    out = numberFormat(locale, digits).format(value);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, out);
  }
  return out;
}

export function formatCount(value: number | null | undefined, locale: Locale = 'vi') {
  return formatNumber(value, 0, locale);
}

// Built once: a new DateTimeFormat per call was most of the time of a long export (#11).
const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Year, month, day, hour, minute and second of an instant in Vietnam time, two digits each. */
export function vietnamTimeParts(instant: Date | string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of VIETNAM_TIME.formatToParts(new Date(instant))) out[part.type] = part.value;
  return out;
}

const parts = vietnamTimeParts;

/** dd/mm/yyyy in Vietnam time, whatever the machine's time zone. */
export function formatDate(instant: Date | string): string {
  const p = parts(new Date(instant));
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTime(instant: Date | string): string {
  const p = parts(new Date(instant));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** ISO 8601 with the +07:00 offset, as exports show it. */
export function toVietnamIso(instant: Date | string): string {
  const p = parts(new Date(instant));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}
