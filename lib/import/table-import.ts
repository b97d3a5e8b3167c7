import { round2 } from '../format/round';
import { criterionInfo, groupInfo } from '../model/criteria';
import { isPeriodClosed, parsePeriodKey } from '../model/period';
import type { ImportedRow, ImportedUnit } from './imported-row';
import { type ImportIssue, issue } from './issues';
import { type NumberKind, readNumber } from './numbers';
import {
  fieldOfHeader,
  type Measure,
  readMeasure,
  readPeriod,
  type TableField,
} from './table-fields';
import { type TableRowInput, tableRowSchema } from './table-row';
import { matchUnit, nameKey } from './unit-match';

/**
 * The template (CSV or .xlsx) and tables pasted from the old portal or from Excel: a header
 * row naming some of the fields, then one value per row. Units are matched by name; periods
 * and the measure may come from the form when the table has no column for them.
 */

export interface TableDefaults {
  periodKey: string | null;
  measure: string | null;
}

export interface TableContext {
  units: readonly ImportedUnit[];
  now: Date;
  /** Names the official has confirmed: nameKey(typed) → unit id. */
  confirmed: Readonly<Record<string, string>>;
}

/** A typed name that needs the official: the candidates offered. */
export interface NameQuestion {
  key: string;
  typed: string;
  lines: number[];
  candidates: ImportedUnit[];
}

export interface TableImport {
  rows: ImportedRow[];
  issues: ImportIssue[];
  questions: NameQuestion[];
  /** Each column's header and the field it was read as (null: ignored). */
  columns: { header: string; field: TableField | null }[];
  lines: number;
}

/** The header is the first of the first rows to name the unit and at least one value. */
function findHeader(table: readonly string[][]): number {
  for (let i = 0; i < Math.min(table.length, 15); i++) {
    const fields = (table[i] ?? []).map(fieldOfHeader);
    const values = fields.filter((f) => f === 'score' || f === 'ratio' || f === 'numerator');
    if (fields.includes('unit') && values.length > 0) return i;
  }
  return -1;
}

export function readTable(
  table: readonly string[][],
  defaults: TableDefaults,
  context: TableContext,
): TableImport {
  const headerAt = findHeader(table);
  if (headerAt < 0) {
    const result = { rows: [], questions: [], columns: [], lines: table.length };
    return { ...result, issues: [issue(1, '', 'missing-column', { value: 'Đơn vị, Điểm/Tỷ lệ' })] };
  }
  const headers = table[headerAt] ?? [];
  const columns = headers.map((header) => ({ header, field: fieldOfHeader(header) }));
  const at = (field: TableField) => columns.findIndex((c) => c.field === field);
  const issues: ImportIssue[] = [];
  const rows: ImportedRow[] = [];
  const questions = new Map<string, NameQuestion>();
  const seen = new Set<string>();
  const header = (field: TableField) => columns[at(field)]?.header ?? field;
  for (let i = headerAt + 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const cell = (field: TableField) => (at(field) < 0 ? '' : (cells[at(field)] ?? ''));
    const input: TableRowInput = {
      period: at('period') < 0 ? (defaults.periodKey ?? '') : cell('period'),
      unit: cell('unit'),
      measure: at('measure') < 0 ? (defaults.measure ?? '') : cell('measure'),
      score: cell('score'),
      ratio: cell('ratio'),
      numerator: cell('numerator'),
      denominator: cell('denominator'),
    };
    const before = issues.length;
    const read = readRow(input, line, header, issues);
    if (!read) continue;
    const match = matchUnit(input.unit, context.units);
    const key = nameKey(input.unit);
    const confirmedId = context.confirmed[key];
    const unit =
      match.status === 'sure'
        ? match.unit
        : confirmedId
          ? context.units.find((u) => u.id === confirmedId)
          : undefined;
    if (!unit) {
      if (match.status === 'unsure') {
        const q = questions.get(key) ?? {
          key,
          typed: input.unit,
          lines: [],
          candidates: match.candidates,
        };
        q.lines.push(line);
        questions.set(key, q);
        issues.push(issue(line, header('unit'), 'unsure-unit', { value: input.unit }));
      } else {
        issues.push(issue(line, header('unit'), 'unknown-unit', { value: input.unit }));
      }
      continue;
    }
    if (issues.length > before) continue;
    const dup = `${read.periodKey}|${unit.id}|${read.measure.group}|${read.measure.criterion ?? ''}`;
    if (seen.has(dup)) {
      issues.push(issue(line, '', 'duplicate', { value: input.unit }));
      continue;
    }
    seen.add(dup);
    const rootUnitId = unit.kind === 'PROVINCE' || unit.kind === 'NATION' ? unit.id : unit.parentId;
    if (!rootUnitId) {
      issues.push(issue(line, header('unit'), 'bad-root', { value: unit.name }));
      continue;
    }
    const period = parsePeriodKey(read.periodKey);
    const { group, criterion } = read.measure;
    rows.push({
      line,
      subject: criterion ? (criterionInfo(criterion)?.group ?? group) : group,
      rootUnitId,
      periodKey: read.periodKey,
      periodClosed: period ? isPeriodClosed(period, context.now) : false,
      scope: 'all',
      observedAt: null,
      unit,
      observation: {
        unitId: unit.id,
        group,
        criterion,
        derived: criterion ? (criterionInfo(criterion)?.derived ?? false) : false,
        score: read.score,
        maxScore: read.maxScore,
        numerator: read.numerator,
        denominator: read.denominator,
        ratio: read.ratio,
        flags: [],
        flagMessage: null,
        params: {},
      },
    });
  }
  return {
    rows,
    issues,
    questions: [...questions.values()],
    columns,
    lines: table.length - headerAt - 1,
  };
}

interface ReadRow {
  periodKey: string;
  measure: Measure;
  maxScore: number | null;
  score: number | null;
  ratio: number | null;
  numerator: number | null;
  denominator: number | null;
}

const KINDS: Record<'score' | 'ratio' | 'numerator' | 'denominator', NumberKind> = {
  score: 'decimal',
  ratio: 'decimal',
  numerator: 'count',
  denominator: 'count',
};

/** Checks one row's cells; null (with issues added) when any is wrong. */
function readRow(
  input: TableRowInput,
  line: number,
  header: (field: TableField) => string,
  issues: ImportIssue[],
): ReadRow | null {
  const shape = tableRowSchema.safeParse(input);
  if (!shape.success) {
    for (const p of shape.error.issues) {
      const field = String(p.path[0]) as TableField;
      issues.push(issue(line, header(field), 'required'));
    }
    return null;
  }
  const before = issues.length;
  const periodKey = readPeriod(input.period);
  if (!periodKey) issues.push(issue(line, header('period'), 'bad-period', { value: input.period }));
  const measure = readMeasure(input.measure);
  if (!measure) {
    issues.push(issue(line, header('measure'), 'unknown-measure', { value: input.measure }));
  }
  const numbers = { score: null, ratio: null, numerator: null, denominator: null } as Record<
    keyof typeof KINDS,
    number | null
  >;
  for (const field of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const read = readNumber(input[field], KINDS[field]);
    if (read.ok) numbers[field] = read.value;
    else issues.push(issue(line, header(field), read.problem, { value: input[field] }));
  }
  if (issues.length > before || !periodKey || !measure) return null;
  const maxScore =
    measure.group === 'TOTAL'
      ? 100
      : measure.criterion
        ? (criterionInfo(measure.criterion)?.maxScore ?? null)
        : groupInfo(measure.group).maxScore;
  const { score, numerator, denominator } = numbers;
  let { ratio } = numbers;
  const range = (field: keyof typeof KINDS, value: number | null, max: number | null) => {
    if (value !== null && (value < 0 || (max !== null && value > max))) {
      issues.push(
        issue(line, header(field), 'out-of-range', { value: input[field], max: max ?? '∞' }),
      );
    }
  };
  range('score', score, maxScore);
  range('ratio', ratio, 100);
  range('numerator', numerator, null);
  range('denominator', denominator, null);
  if ([score, ratio, numerator, denominator].every((v) => v === null)) {
    issues.push(issue(line, '', 'no-value'));
  }
  if (numerator !== null && denominator !== null && denominator > 0) {
    const computed = round2((numerator / denominator) * 100);
    // The portal rounds its ratios to two decimals: more than that apart is another number.
    if (ratio !== null && Math.abs(computed - ratio) > 0.011) {
      issues.push(issue(line, header('ratio'), 'ratio-mismatch', { value: input.ratio, computed }));
    }
    ratio ??= computed;
    range('ratio', ratio, 100);
  }
  if (issues.length > before) return null;
  return { periodKey, measure, maxScore, score, ratio, numerator, denominator };
}
