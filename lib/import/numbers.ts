/**
 * Numbers typed or pasted by a person, read strictly. Vietnamese writes `84,41` and `1.234`
 * (thousands); English spreadsheets write `84.41` and `1,234`. Which mark is meant is decided
 * by what the column can hold, never guessed silently:
 * - a decimal column (score, ratio) takes one mark, `.` or `,`, as the decimal point;
 * - a count column (numerator, denominator) holds whole numbers only, so `1.234`, `1,234` and
 *   `1 234` are grouped thousands, and `12,5` is refused rather than read as 125 or 12.5.
 * An empty cell, `-` or `–` means "no value" and becomes null, never 0.
 */

export type NumberKind = 'decimal' | 'count';

export type NumberRead =
  | { ok: true; value: number | null }
  | { ok: false; problem: 'not-a-number' | 'not-whole' | 'mixed-marks' };

const EMPTY = /^(|-|–|—)$/;
const SPACES = /[\s\u00a0\u202f]/g;

export function readNumber(text: string, kind: NumberKind): NumberRead {
  let t = text.trim();
  if (EMPTY.test(t)) return { ok: true, value: null };
  if (kind === 'decimal' && t.endsWith('%')) t = t.slice(0, -1).trim();
  const negative = t.startsWith('-') || t.startsWith('−');
  if (negative) t = t.slice(1);
  const value = kind === 'count' ? readCount(t) : readDecimal(t);
  if (typeof value === 'string') return { ok: false, problem: value };
  return { ok: true, value: negative ? -value : value };
}

function readCount(t: string): number | 'not-a-number' | 'not-whole' | 'mixed-marks' {
  if (/^\d+$/.test(t)) return Number(t);
  // Groups of three after one kind of mark: 1.234.567, 1,234 or 1 234.
  const grouped = /^\d{1,3}(?:([.,\s\u00a0\u202f])\d{3})(?:\1\d{3})*$/.exec(t);
  if (grouped) return Number(t.replace(/[.,]/g, '').replace(SPACES, ''));
  if (/^\d+(?:[.,\s]\d+)+$/.test(t)) {
    return /[.]/.test(t) && /[,]/.test(t) ? 'mixed-marks' : 'not-whole';
  }
  return 'not-a-number';
}

function readDecimal(t: string): number | 'not-a-number' | 'mixed-marks' {
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  // Both marks: only the two complete conventions are accepted.
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[\d.,]+$/.test(t)) return 'mixed-marks';
  return 'not-a-number';
}

/**
 * A number cell of a long CSV, whose profile fixes the decimal mark: `.` in the standard
 * profile, `,` in the Excel VN one. No grouping, no other mark: the file was written by us.
 */
export function readProfileNumber(text: string, decimal: '.' | ','): NumberRead {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const other = decimal === '.' ? ',' : '.';
  if (t.includes(other)) return { ok: false, problem: 'mixed-marks' };
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return { ok: false, problem: 'not-a-number' };
  return { ok: true, value: Number(t.replace(',', '.')) };
}
