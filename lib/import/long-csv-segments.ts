import type { GroupOrTotal, Scope, UnitKind } from '../model/observation';
import type { ImportedRow } from './imported-row';
import { type ImportIssue, issue } from './issues';

/**
 * The long CSV has no column for the snapshot a row came from, but writes each snapshot's rows
 * together, root first. A snapshot ends where the period, scope, root or capture time changes,
 * or where the kind of rows changes: a group's table holds one group; the summary holds, per
 * unit, its TOTAL row followed by that unit's group scores.
 */

/** One checked line of a long CSV, cells typed. */
export interface LongCsvLine {
  line: number;
  period: string;
  period_closed: boolean;
  scope: string;
  root_code: string | null;
  unit_id: string;
  unit_code: string | null;
  unit_name: string;
  unit_kind: UnitKind;
  group: GroupOrTotal;
  criterion: string;
  derived: boolean;
  score: number | null;
  max_score: number | null;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  flags: string;
  captured_at: string;
}

interface Segment {
  runKey: string;
  subject: GroupOrTotal;
  rootUnitId: string;
  /** In the summary: the unit whose TOTAL row came last. */
  lastTotalUnit: string | null;
}

const runKeyOf = (l: LongCsvLine) =>
  [l.period, l.period_closed, l.scope, l.root_code ?? '', l.captured_at].join('|');

function continues(segment: Segment, line: LongCsvLine): boolean {
  if (segment.runKey !== runKeyOf(line)) return false;
  if (segment.subject === 'TOTAL') {
    if (line.group === 'TOTAL') return line.criterion === '';
    return line.criterion === '' && line.unit_id === segment.lastTotalUnit;
  }
  return line.group === segment.subject;
}

export function segmentRows(lines: readonly LongCsvLine[]): {
  rows: ImportedRow[];
  issues: ImportIssue[];
} {
  const rows: ImportedRow[] = [];
  const issues: ImportIssue[] = [];
  let segment: Segment | null = null;
  for (const line of lines) {
    if (!segment || !continues(segment, line)) {
      segment = {
        runKey: runKeyOf(line),
        subject: line.group,
        rootUnitId: line.unit_id,
        lastTotalUnit: null,
      };
      // The first row of a snapshot is its root's: its code is the row's root_code.
      if (line.root_code !== null && line.unit_code !== null && line.unit_code !== line.root_code) {
        issues.push(issue(line.line, 'root_code', 'bad-root', { value: line.root_code }));
      }
    }
    if (line.group === 'TOTAL') segment.lastTotalUnit = line.unit_id;
    const isRoot = line.unit_id === segment.rootUnitId;
    rows.push({
      line: line.line,
      subject: segment.subject,
      rootUnitId: segment.rootUnitId,
      periodKey: line.period,
      periodClosed: line.period_closed,
      scope: line.scope as Scope,
      observedAt: new Date(line.captured_at).toISOString(),
      unit: {
        id: line.unit_id,
        code: line.unit_code,
        name: line.unit_name.normalize('NFC'),
        kind: line.unit_kind,
        parentId: isRoot ? null : segment.rootUnitId,
      },
      observation: {
        unitId: line.unit_id,
        group: line.group,
        criterion: line.criterion === '' ? null : line.criterion,
        derived: line.derived,
        score: line.score,
        maxScore: line.max_score,
        numerator: line.numerator,
        denominator: line.denominator,
        ratio: line.ratio,
        flags: line.flags === '' ? [] : line.flags.split('|'),
        flagMessage: null,
        params: {},
      },
    });
  }
  return { rows, issues };
}
