import { formatNumber, type Locale } from './vietnamese';

/**
 * A comparison cell as text: two decimals for scores (84,41), whole numbers for ranks, a sign
 * on changes (+1,25, −2). Missing data is an empty cell, never 0 and never a dash that could
 * be read as a value.
 */
export function cellText(
  value: string | number | null,
  format: 'text' | 'decimal' | 'integer',
  locale: Locale,
  signed = false,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const text = formatNumber(Math.abs(value), format === 'decimal' ? 2 : 0, locale);
  if (value < 0) return `−${text}`;
  return signed && value > 0 ? `+${text}` : text;
}
