/**
 * What is wrong with one cell or row of an import, as a code the pages word in the official's
 * language (lib/i18n/strings-import-*.ts, key `imp_<code>`) with its parameters.
 */
export type ImportIssueCode =
  | 'bad-file'
  | 'missing-column'
  | 'no-rows'
  | 'too-few-cells'
  | 'required'
  | 'bad-period'
  | 'bad-choice'
  | 'bad-id'
  | 'bad-date'
  | 'not-a-number'
  | 'not-whole'
  | 'mixed-marks'
  | 'wrong-decimal'
  | 'out-of-range'
  | 'ratio-mismatch'
  | 'no-value'
  | 'unknown-measure'
  | 'unknown-unit'
  | 'unsure-unit'
  | 'duplicate'
  | 'bad-root'
  | 'mixed-snapshot';

export interface ImportIssue {
  /** The line of the file or sheet (the header is line 1); 0 for the file as a whole. */
  row: number;
  /** The column's header as the file wrote it; empty for the whole row. */
  column: string;
  code: ImportIssueCode;
  params: Record<string, string | number>;
}

export function issue(
  row: number,
  column: string,
  code: ImportIssueCode,
  params: Record<string, string | number> = {},
): ImportIssue {
  return { row, column, code, params };
}
