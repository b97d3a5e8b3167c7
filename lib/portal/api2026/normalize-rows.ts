import type { Observation, Unit, UnitKind } from '../../model/observation';
import { makeUnit, rootParentId } from './units';

/*
 * What every scored response shares: one row for the root unit (the nation or a province)
 * and one row for each of its child units, every row naming a department and carrying its
 * scores. The per-endpoint normalizers keep only what differs: how a child's kind is read and
 * which observations a row yields.
 */

/** A row's identity and total: they become the unit and its total observation, not params. */
const SCORED_ROW_FIELDS = [
  'departmentId',
  'departmentName',
  'departmentCode',
  'totalScore',
  'totalMaxScore',
  'ratio',
] as const;

/** The fields a row's params leave out: its identity and total, plus this endpoint's `others`. */
export function storedElsewhere(...others: string[]): ReadonlySet<string> {
  return new Set([...SCORED_ROW_FIELDS, ...others]);
}

export interface DepartmentRow {
  departmentId: string;
  departmentCode?: string | null;
  departmentName: string;
}

export interface UnitsAndObservations {
  units: Unit[];
  observations: Observation[];
}

/** The response's root unit. `id` is a parameter: a national summary row has no departmentId. */
export function rootUnit(
  id: string,
  row: Pick<DepartmentRow, 'departmentCode' | 'departmentName'>,
  kind: UnitKind,
): Unit {
  return makeUnit(id, row.departmentCode, row.departmentName, kind, rootParentId(kind));
}

/**
 * The root with its observations, then each child row in order: its kind is read before its
 * observations, so a row of unknown kind fails the capture before anything is derived from it.
 */
export function withChildren<Row extends DepartmentRow>(
  root: Unit,
  rootObservations: readonly Observation[],
  rows: readonly Row[],
  kindOf: (row: Row, index: number) => UnitKind,
  observe: (row: Row) => readonly Observation[],
): UnitsAndObservations {
  const units: Unit[] = [root];
  const observations: Observation[] = [...rootObservations];
  rows.forEach((row, i) => {
    const kind = kindOf(row, i);
    units.push(makeUnit(row.departmentId, row.departmentCode, row.departmentName, kind, root.id));
    observations.push(...observe(row));
  });
  return { units, observations };
}
