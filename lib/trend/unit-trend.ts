import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import type { UnitRef } from '../compare/period-data';
import { type Measure, unitsByPeriods } from '../compare/units-by-periods';
import { GROUP_CODES, type GroupCode } from '../model/groups';

/**
 * One unit's total, group or criterion over the stored months: the series a chart draws and
 * its table alternative reads. Values stay null where nothing is stored (never 0).
 */

export interface TrendPoint {
  periodKey: string;
  label: string;
  /** Score (total, group) or percent (criterion); null when not stored or counted over nothing. */
  value: number | null;
  /** The target of that period's year (criteria only); null without one. */
  target: number | null;
  /** Captured while the period was still open. */
  provisional: boolean;
  /** Brought by an import, not captured. */
  imported: boolean;
}

export interface UnitTrend {
  unit: UnitRef;
  rootUnitId: string;
  measure: Measure;
  /** 100, the group's maximum; null for a criterion (its threshold is in `target`). */
  maxScore: number | null;
  /** Oldest first, one per month from the first to the last stored, at most 24. */
  points: TrendPoint[];
}

/** `criterion` in a link: nothing is the total, a group code a group, anything else a criterion. */
export function measureOf(param: string | null): Measure {
  if (!param) return { type: 'total' };
  if ((GROUP_CODES as readonly string[]).includes(param)) {
    return { type: 'group', group: param as GroupCode };
  }
  return { type: 'criterion', criterion: param };
}

/** The root whose snapshots list the unit: itself when it is a root, else the newest parent. */
export function rootOfUnit(snapshots: readonly SnapshotData[], unitId: string): string | null {
  let parent: { id: string; at: string } | null = null;
  for (const { capture, observations } of snapshots) {
    if (!capture.rootUnitId) continue;
    if (capture.rootUnitId === unitId) return unitId;
    if (parent && parent.at >= capture.observedAt) continue;
    if (observations.some((o) => o.unitId === unitId)) {
      parent = { id: capture.rootUnitId, at: capture.observedAt };
    }
  }
  return parent?.id ?? null;
}

export function unitTrend(
  snapshots: readonly SnapshotData[],
  settings: AnalysisSettings,
  unitId: string,
  measureParam: string | null,
): UnitTrend | null {
  const rootUnitId = rootOfUnit(snapshots, unitId);
  if (!rootUnitId) return null;
  const measure = measureOf(measureParam);
  const table = unitsByPeriods(snapshots, settings, {
    rootUnitId,
    measure,
    periodType: 'month',
    includeRoot: rootUnitId === unitId,
  });
  const row = table?.rows.find((r) => r.unit.id === unitId);
  if (!table || !row) return null;
  return {
    unit: row.unit,
    rootUnitId,
    measure,
    maxScore: table.maxScore,
    points: table.periods.map((p, i) => {
      const cell = row.cells[i];
      return {
        periodKey: p.key,
        label: p.label,
        value: cell?.value ?? null,
        target: cell?.target?.target ?? null,
        provisional: p.provisional,
        imported: cell?.imported ?? false,
      };
    }),
  };
}
