import Papa from 'papaparse';
import { z } from 'zod';
import { BOM, type CsvProfile } from '../export/csv-profiles';
import { LONG_CSV_COLUMNS } from '../export/long-csv';
import { GROUP_CODES } from '../model/groups';
import type { ImportedRow } from './imported-row';
import { type ImportIssue, issue } from './issues';
import { type LongCsvLine, segmentRows } from './long-csv-segments';
import { type NumberRead, readProfileNumber } from './numbers';

/**
 * The long CSV (lib/export/long-csv.ts) read back: either profile, told apart by the BOM and
 * the separator of the header; every row checked, problems listed per row and column.
 */

export interface LongCsvImport {
  profile: CsvProfile;
  rows: ImportedRow[];
  issues: ImportIssue[];
  /** Data lines read, good and bad. */
  lines: number;
}

/** Whether a text is a long CSV (rather than a template or a pasted table). */
export function looksLikeLongCsv(text: string): boolean {
  const header = (text.startsWith(BOM) ? text.slice(1) : text).split(/\r?\n/, 1)[0] ?? '';
  return /(^|[,;])unit_id([,;]|$)/.test(header) && /(^|[,;])portal([,;]|$)/.test(header);
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

/** Undoes the `'` a long CSV puts before text a spreadsheet would run as a formula. */
const unneutralize = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function rowSchema(decimal: '.' | ',') {
  const text = z.string().transform((s) => s.trim());
  const optional = text.transform((s) => (s === '' ? null : unneutralize(s)));
  const bit = text.pipe(z.enum(['0', '1'], { error: 'bad-choice' })).transform((s) => s === '1');
  const number = text.transform((s, ctx) => {
    const read: NumberRead = readProfileNumber(s, decimal);
    if (read.ok) return read.value;
    ctx.addIssue({
      code: 'custom',
      message: read.problem === 'mixed-marks' ? 'wrong-decimal' : read.problem,
      params: { value: s, decimal },
    });
    return z.NEVER;
  });
  return z.object({
    period: text.pipe(z.string().regex(PERIOD, { error: 'bad-period' })),
    period_closed: bit,
    scope: text.pipe(z.string().regex(/^(all|formality:[^|]{1,200})$/, { error: 'bad-choice' })),
    root_code: optional,
    unit_id: text.pipe(z.string().regex(ID, { error: 'bad-id' })),
    unit_code: optional,
    unit_name: text.pipe(z.string().min(1, { error: 'required' })).transform(unneutralize),
    unit_kind: text.pipe(
      z.enum(['NATION', 'PROVINCE', 'AGENCY', 'COMMUNE'], { error: 'bad-choice' }),
    ),
    group: text.pipe(z.enum([...GROUP_CODES, 'TOTAL'], { error: 'bad-choice' })),
    criterion: text.pipe(z.string().regex(/^([A-Za-z0-9_.-]{1,80})?$/, { error: 'bad-id' })),
    derived: bit,
    score: number,
    max_score: number,
    numerator: number,
    denominator: number,
    ratio: number,
    flags: text,
    captured_at: text.pipe(z.iso.datetime({ offset: true, error: 'bad-date' })),
    portal: text.pipe(z.enum(['2026-api', 'import'], { error: 'bad-choice' })),
  });
}

export function readLongCsv(text: string): LongCsvImport {
  const hasBom = text.startsWith(BOM);
  const body = hasBom ? text.slice(BOM.length) : text;
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  // The separator decides the decimal mark: a `;` file was written for Excel VN, even when an
  // editor has dropped its BOM since.
  const profile: CsvProfile = delimiter === ';' ? 'excel-vn' : 'standard';
  const decimal = delimiter === ';' ? ',' : '.';
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  const issues: ImportIssue[] = [];
  const fields = parsed.meta.fields ?? [];
  const missing = LONG_CSV_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    issues.push(issue(1, missing.join(', '), 'missing-column'));
    return { profile, rows: [], issues, lines: parsed.data.length };
  }
  const badLines = new Set<number>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    badLines.add(error.row);
    issues.push(issue(error.row + 2, '', 'too-few-cells', { detail: error.message }));
  }
  const schema = rowSchema(decimal);
  const good: LongCsvLine[] = [];
  parsed.data.forEach((record, index) => {
    if (badLines.has(index)) return;
    const line = index + 2;
    const result = schema.safeParse(record);
    if (result.success) {
      good.push({ ...result.data, line });
      return;
    }
    for (const problem of result.error.issues) {
      const column = String(problem.path[0] ?? '');
      const params = (problem as { params?: Record<string, string> }).params ?? {};
      const code = (
        problem.message in CODES ? problem.message : 'bad-choice'
      ) as ImportIssue['code'];
      issues.push(issue(line, column, code, { value: record[column] ?? '', ...params }));
    }
  });
  if (parsed.data.length === 0) issues.push(issue(0, '', 'no-rows'));
  const segmented = segmentRows(good);
  issues.push(...segmented.issues);
  return { profile, rows: segmented.rows, issues, lines: parsed.data.length };
}

const CODES: Record<string, true> = {
  'bad-period': true,
  'bad-choice': true,
  'bad-id': true,
  'bad-date': true,
  required: true,
  'not-a-number': true,
  'wrong-decimal': true,
};
