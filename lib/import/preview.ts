import type { CsvProfile } from '../export/csv-profiles';
import type { GroupOrTotal } from '../model/observation';
import type { ImportedRow } from './imported-row';
import type { ImportIssue } from './issues';
import type { NameQuestion } from './table-import';

/** What an import would write, shown before anything is: counts, problems, a sample. */

export type ImportFormatName = 'long-csv' | 'template-csv' | 'template-xlsx' | 'paste';

export interface PreviewRow {
  line: number;
  periodKey: string;
  unitName: string;
  group: GroupOrTotal;
  criterion: string | null;
  score: number | null;
  ratio: number | null;
  numerator: number | null;
  denominator: number | null;
  /** A capture already holds this value: it stays, the import's copy is not shown. */
  captured: boolean;
}

export interface ImportPreview {
  format: ImportFormatName;
  /** The long CSV's profile as detected; null for tables. */
  profile: CsvProfile | null;
  /** Data lines read. */
  lines: number;
  /** Values ready to write. */
  good: number;
  /** Lines with at least one problem. */
  badLines: number;
  issueCount: number;
  /** The first problems, in line order. */
  issues: ImportIssue[];
  questions: NameQuestion[];
  periods: string[];
  units: number;
  /** Values a capture already holds; kept in the batch, never shown over the capture. */
  captured: number;
  alreadyImported: boolean;
  sample: PreviewRow[];
}

export interface ImportApplied {
  batchId: number;
  added: number;
  dropped: number;
  alreadyImported: boolean;
}

export interface ImportBatchSummary {
  id: number;
  fileName: string;
  storedAt: string;
  values: number;
  periods: string[];
}

export const MAX_PREVIEW_ISSUES = 200;
export const MAX_SAMPLE = 30;

export function buildPreview(input: {
  format: ImportFormatName;
  profile: CsvProfile | null;
  lines: number;
  rows: readonly ImportedRow[];
  issues: readonly ImportIssue[];
  questions: NameQuestion[];
  isCaptured: (row: ImportedRow) => boolean;
  alreadyImported: boolean;
}): ImportPreview {
  const issues = [...input.issues].sort((a, b) => a.row - b.row);
  const badLines = new Set(issues.map((i) => i.row));
  const captured = input.rows.map(input.isCaptured);
  return {
    format: input.format,
    profile: input.profile,
    lines: input.lines,
    good: input.rows.length,
    badLines: badLines.size,
    issueCount: issues.length,
    issues: issues.slice(0, MAX_PREVIEW_ISSUES),
    questions: input.questions,
    periods: [...new Set(input.rows.map((r) => r.periodKey))].sort(),
    units: new Set(input.rows.map((r) => r.unit.id)).size,
    captured: captured.filter(Boolean).length,
    alreadyImported: input.alreadyImported,
    sample: input.rows.slice(0, MAX_SAMPLE).map((r, i) => ({
      line: r.line,
      periodKey: r.periodKey,
      unitName: r.unit.name,
      group: r.observation.group,
      criterion: r.observation.criterion,
      score: r.observation.score,
      ratio: r.observation.ratio,
      numerator: r.observation.numerator,
      denominator: r.observation.denominator,
      captured: captured[i] ?? false,
    })),
  };
}
