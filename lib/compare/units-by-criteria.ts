import {
  type AnalysisSettings,
  comparedValue,
  type SnapshotData,
} from '../analysis/analyze-snapshot';
import { evaluateTarget, type TargetEvaluation } from '../analysis/evaluate';
import { profileForYear, ruleFor } from '../analysis/targets';
import { round2 } from '../format/round';
import { compareVietnamese } from '../format/search-text';
import { CRITERIA, type FullScoreStatus, fullScoreStatus } from '../model/criteria';
import type { GroupCode } from '../model/groups';
import type { Scope } from '../model/observation';
import { periodLabel } from '../model/period';
import {
  type CaptureTime,
  childrenOfKind,
  type KindFilter,
  observationOf,
  periodClosed,
  periodData,
  type UnitRef,
} from './period-data';

/**
 * Units × criteria for one period: each criterion's ratio against the target of the year's
 * profile, with the gap of every cell below target, for the "criteria below target, and the
 * units responsible" part of the monthly report.
 */

export interface UnitsByCriteriaRequest {
  rootUnitId: string;
  periodKey: string;
  kind?: KindFilter;
  /** Criterion codes, in column order; default every catalogue criterion stored for the period. */
  criteria?: readonly string[];
  /** Keep only the criteria the profile sets a target for. */
  withTargetOnly?: boolean;
  includeRoot?: boolean;
  scope?: Scope;
}

export interface CriterionColumn {
  code: string;
  name: string;
  nameEn: string;
  group: GroupCode;
  derived: boolean;
  /** The profile's minimum (%); null without a rule. */
  target: number | null;
  fullScoreAt: number | null;
}

export interface CriterionCell {
  code: string;
  /** Ratio (%); null when not stored or counted over nothing (0/0). */
  value: number | null;
  score: number | null;
  maxScore: number | null;
  target: TargetEvaluation;
  fullScore: FullScoreStatus | null;
  /** Below the profile's target. */
  below: boolean;
  /** value − target in percentage points, two decimals, only on a cell below target. */
  gap: number | null;
}

export interface UnitsByCriteriaRow {
  unit: UnitRef;
  isRoot: boolean;
  cells: CriterionCell[];
  belowCount: number;
}

export interface UnitsByCriteria {
  rootUnitId: string;
  root: UnitRef | null;
  periodKey: string;
  periodLabel: string;
  provisional: boolean;
  profileName: string | null;
  columns: CriterionColumn[];
  /** The root first when asked for, then the children in Vietnamese name order. */
  rows: UnitsByCriteriaRow[];
  captures: CaptureTime[];
}

export function unitsByCriteria(
  snapshots: readonly SnapshotData[],
  settings: Pick<AnalysisSettings, 'profiles'>,
  request: UnitsByCriteriaRequest,
): UnitsByCriteria | null {
  const data = periodData(snapshots, request.rootUnitId, request.periodKey, request.scope);
  if (!data) return null;
  const profile = profileForYear(settings.profiles, data.period.year);
  const listed = [...childrenOfKind(data, request.kind ?? 'all')].sort(
    (a, b) => compareVietnamese(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const units = request.includeRoot && data.root ? [data.root, ...listed] : listed;
  const everyone = data.root ? [data.root, ...data.children] : data.children;

  const wanted = request.criteria
    ? request.criteria.flatMap((code) => CRITERIA.find((c) => c.code === code) ?? [])
    : CRITERIA.filter((c) => everyone.some((u) => observationOf(data, u.id, c.group, c.code)));
  const columns: CriterionColumn[] = wanted
    .map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      group: c.group,
      derived: c.derived,
      target: ruleFor(profile, c.code)?.min ?? null,
      fullScoreAt: c.fullScoreAt,
    }))
    .filter((c) => !request.withTargetOnly || c.target !== null);

  const rows = units.map((unit): UnitsByCriteriaRow => {
    const cells = columns.map((column): CriterionCell => {
      const o = observationOf(data, unit.id, column.group, column.code)?.observation ?? null;
      const value = o ? comparedValue(o) : null;
      const target = evaluateTarget(value, ruleFor(profile, column.code));
      const below = target.status === 'not-met';
      return {
        code: column.code,
        value,
        score: o?.score ?? null,
        maxScore: o?.maxScore ?? null,
        target,
        fullScore: o ? fullScoreStatus(value, column.code) : null,
        below,
        gap: below ? round2(target.gap) : null,
      };
    });
    return {
      unit,
      isRoot: unit.id === request.rootUnitId,
      cells,
      belowCount: cells.filter((c) => c.below).length,
    };
  });

  return {
    rootUnitId: request.rootUnitId,
    root: data.root,
    periodKey: data.periodKey,
    periodLabel: periodLabel(data.period),
    provisional: !periodClosed(data),
    profileName: profile?.name ?? null,
    columns,
    rows,
    captures: data.captures,
  };
}

/** One line per unit × criterion below target, for the "Chưa đạt mục tiêu" list. */
export interface BelowTargetLine {
  unit: UnitRef;
  isRoot: boolean;
  column: CriterionColumn;
  value: number;
  target: number;
  gap: number;
}

/** Every cell below target, unit by unit in the table's row order, criteria in column order. */
export function belowTargetLines(table: UnitsByCriteria): BelowTargetLine[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) => {
      const column = table.columns[i];
      const { value } = cell;
      const target = cell.target.target;
      if (!cell.below || !column || value === null || target === null || cell.gap === null)
        return [];
      return [{ unit: row.unit, isRoot: row.isRoot, column, value, target, gap: cell.gap }];
    }),
  );
}
