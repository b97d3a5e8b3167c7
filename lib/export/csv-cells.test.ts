import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellWriter } from './csv-cells';
import { CSV_PROFILES, formatCell } from './csv-profiles';

/** The cell as buildLongCsv writes it: formatCell, then papaparse. */
function viaPapa(value: string | number | null, profile: keyof typeof CSV_PROFILES): string {
  const settings = CSV_PROFILES[profile];
  return Papa.unparse([[formatCell(value, settings)]], {
    delimiter: settings.delimiter,
    newline: settings.newline,
    escapeFormulae: false,
  });
}

const TEXTS = [
  '',
  'Xã Phù Ninh',
  'H44',
  '=1+2',
  '+84',
  '-5',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
  'a,b',
  'a;b',
  'say "hi"',
  '"',
  ' leading',
  'trailing ',
  ' ',
  'line\nbreak',
  'line\r\nbreak',
  '\uFEFFbom',
  'mid\uFEFFbom',
  "'quoted",
  '=cmd|" /C calc"!A0',
  ' =space then formula',
  'Sở Tư pháp; Văn phòng, "UBND"',
  'x'.repeat(300),
];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  84.41,
  -0.18,
  78.3820110236135,
  1e-7,
  -1.5e-10,
  1.5e21,
  123456789012,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0.1 + 0.2,
];

describe('cells written straight to text', () => {
  for (const profile of ['standard', 'excel-vn'] as const) {
    const cells = cellWriter(CSV_PROFILES[profile]);
    it(`writes text as formatCell and papaparse would (${profile})`, () => {
      for (const text of TEXTS)
        expect(cells.text(text), JSON.stringify(text)).toBe(viaPapa(text, profile));
      expect(cells.text(null)).toBe('');
      expect(cells.text(undefined)).toBe('');
    });
    it(`writes numbers as formatCell and papaparse would (${profile})`, () => {
      for (const n of NUMBERS) expect(cells.num(n), String(n)).toBe(viaPapa(n, profile));
      expect(cells.num(null)).toBe('');
      // A text cell met where a number was expected is still treated as text.
      expect(cells.num('=1')).toBe(viaPapa('=1', profile));
      expect(cells.text(-0.18)).toBe(viaPapa(-0.18, profile));
    });
  }
});
