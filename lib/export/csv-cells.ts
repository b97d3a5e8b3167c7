import { type CsvProfileSettings, formatNumber, neutralizeFormula } from './csv-profiles';

/**
 * CSV cells written straight to text for the streamed long CSV (#11): the bytes
 * `formatCell` and then papaparse's `unparse` would write, without an array per row or a
 * papaparse pass over every cell.
 */
export interface CellWriter {
  /**
   * A text cell: neutralised against formulas, quoted where papaparse would quote it. A
   * number (where a text field holds one) is written as `num` writes it, as `formatCell` does.
   */
  text(value: string | number | null | undefined): string;
  /** A number cell (null, undefined, NaN and ±Infinity are empty); text goes to `text`. */
  num(value: number | string | null | undefined): string;
  delimiter: string;
  newline: string;
}

/**
 * papaparse quotes a field holding CR, LF, a quote, a BOM or the delimiter, or starting or
 * ending with a space, after `neutralizeFormula` has run; a formula start is neutralised.
 * Text matching none of these is written as it is.
 */
function plainText(delimiter: string): RegExp {
  return new RegExp(`^[=+\\-@\\t\\r ]|[\\r\\n"\\uFEFF${delimiter}]| $`);
}

export function cellWriter(settings: CsvProfileSettings): CellWriter {
  const special = plainText(settings.delimiter);
  const { delimiter, decimalSeparator } = settings;
  const text = (value: string | number | null | undefined): string => {
    if (typeof value !== 'string') return typeof value === 'number' ? num(value) : '';
    if (value === '') return '';
    if (!special.test(value)) return value;
    const neutral = neutralizeFormula(value);
    const escaped = neutral.replace(/"/g, '""');
    const quote =
      /[\r\n"\uFEFF]/.test(escaped) ||
      escaped.includes(delimiter) ||
      escaped.startsWith(' ') ||
      escaped.endsWith(' ');
    return quote ? `"${escaped}"` : escaped;
  };
  function num(value: number | string | null | undefined): string {
    if (typeof value === 'number') {
      // Integers (ranks, counts) are most cells: no exponent and no decimal point to move.
      if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
      return formatNumber(value, decimalSeparator);
    }
    return typeof value === 'string' ? text(value) : '';
  }
  return { text, num, delimiter, newline: settings.newline };
}
