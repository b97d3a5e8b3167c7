/**
 * How a CSV file is written for its reader: `standard` for scripts and spreadsheets set to
 * English conventions, `excel-vn` for Excel on a Vietnamese Windows, which reads the file
 * correctly only with a BOM, `;` between fields and a decimal comma.
 */

export type CsvProfile = 'standard' | 'excel-vn';

export interface CsvProfileSettings {
  delimiter: ',' | ';';
  decimalSeparator: '.' | ',';
  bom: boolean;
  newline: '\r\n';
}

export const CSV_PROFILES: Readonly<Record<CsvProfile, CsvProfileSettings>> = {
  standard: { delimiter: ',', decimalSeparator: '.', bom: false, newline: '\r\n' },
  'excel-vn': { delimiter: ';', decimalSeparator: ',', bom: true, newline: '\r\n' },
};

export const BOM = '\uFEFF';

/**
 * Moves the decimal point of JS exponent notation (`1e-7`, `1.5e+21`) into plain digits. The
 * mantissa JS prints is already the shortest that reads back to the same double, so no digit
 * is added or lost.
 */
function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const sign = m[1] ?? '';
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  const pointAt = 1 + Number(m[4]);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/**
 * A number as a CSV cell: every digit JS needs to read the same double back (so a derived
 * ratio such as 78.3820110236135 survives a round trip), never in exponent notation, which
 * spreadsheets either misread or show as `1E-07`. Not a number → empty cell: there is no
 * value to state, and 0 would state a wrong one.
 */
export function formatNumber(value: number, decimalSeparator: '.' | ','): string {
  if (!Number.isFinite(value)) return '';
  // String(-0) is already '0'; a negative zero means nothing to a reader.
  const plain = expandExponent(String(value));
  return decimalSeparator === '.' ? plain : plain.replace('.', ',');
}

/**
 * A spreadsheet treats a cell starting with one of these as a formula (tab and CR because
 * some of them strip those first), so a unit name from the portal could run one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises text that a spreadsheet would run as a formula by prefixing `'` (OWASP's
 * advice). Only for text cells: numbers are formatted by us and a negative score must stay
 * a number, which is why papaparse's own `escapeFormulae` (it would also hit `-0,18`) is off.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A value as the cell text of one profile. null is an empty cell, never 0. */
export function formatCell(value: string | number | null, settings: CsvProfileSettings): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, settings.decimalSeparator);
  return neutralizeFormula(value);
}
