import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import { storedPeriodKeys, type UnitRef } from '../compare/period-data';
import { type Measure, unitsByPeriods } from '../compare/units-by-periods';
import { compareVietnamese } from '../format/search-text';
import { measureOf, rootOfUnit } from './unit-trend';

/**
 * The spread of all children of a root for one measure and one period, against its line:
 * a criterion's target, or the full score of a total or group. Sorted best first, units
 * without a value last. Pure: the caller passes the latest revision of every snapshot.
 */

/** What the spread is judged against: the criterion's target, or the full score. */
export type SpreadLine = 'target' | 'full-score';

export interface SpreadPoint {
  unit: UnitRef;
  value: number | null;
  /** Met the line; null when there is no value or no line. */
  met: boolean | null;
  /** 1 for the best value; ties share a rank (1, 2, 2, 4); null without a value. */
  rank: number | null;
}

export interface UnitSpread {
  rootUnitId: string;
  root: UnitRef | null;
  measure: Measure;
  periodKey: string;
  periodLabel: string;
  /** Captured while the period was still open. */
  provisional: boolean;
  /** Every month stored for the root, newest first (the period picker). */
  periods: string[];
  line: SpreadLine;
  /** The target or full score; null when there is none. */
  lineValue: number | null;
  /** The unit asked for, when it is one of the children. */
  highlight: string | null;
  /** The root's own value in the period (the province's line), when stored. */
  rootValue: number | null;
  points: SpreadPoint[];
}

const EPSILON = 1e-9;

/** Best first, ties by Vietnamese name order, no value last. */
export function sortSpreadPoints(points: readonly SpreadPoint[]): SpreadPoint[] {
  return [...points].sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (Math.abs(a.value - b.value) > EPSILON) {
      return b.value - a.value;
    }
    return compareVietnamese(a.unit.name, b.unit.name) || a.unit.id.localeCompare(b.unit.id);
  });
}

export function unitSpread(
  snapshots: readonly SnapshotData[],
  settings: Pick<AnalysisSettings, 'profiles'>,
  unitId: string,
  measureParam: string | null,
  periodParam: string | null,
): UnitSpread | null {
  const rootUnitId = rootOfUnit(snapshots, unitId);
  if (!rootUnitId) return null;
  const stored = storedPeriodKeys(snapshots, rootUnitId, 'month');
  const periodKey = periodParam && stored.includes(periodParam) ? periodParam : stored.at(-1);
  if (!periodKey) return null;
  const measure = measureOf(measureParam);
  const table = unitsByPeriods(snapshots, settings, {
    rootUnitId,
    measure,
    periodType: 'month',
    from: periodKey,
    to: periodKey,
    includeRoot: true,
  });
  const column = table?.periods[0];
  if (!table || !column) return null;
  const isCriterion = measure.type === 'criterion';
  let lineValue: number | null = isCriterion ? null : table.maxScore;
  let rootValue: number | null = null;
  const unranked: SpreadPoint[] = [];
  for (const row of table.rows) {
    const cell = row.cells[0];
    const value = cell?.value ?? null;
    if (row.isRoot) {
      rootValue = value;
      continue;
    }
    if (isCriterion) lineValue ??= cell?.target?.target ?? null;
    const met =
      value === null
        ? null
        : isCriterion
          ? cell?.target?.status === 'met'
            ? true
            : cell?.target?.status === 'not-met'
              ? false
              : null
          : cell?.fullScore === 'full'
            ? true
            : cell?.fullScore === 'below'
              ? false
              : null;
    unranked.push({ unit: row.unit, value, met, rank: null });
  }
  const values = unranked.flatMap((p) => (p.value === null ? [] : [p.value]));
  const points = sortSpreadPoints(
    unranked.map((p) => ({
      ...p,
      rank: p.value === null ? null : 1 + values.filter((v) => v > (p.value ?? 0) + EPSILON).length,
    })),
  );
  return {
    rootUnitId,
    root: table.root,
    measure,
    periodKey,
    periodLabel: column.label,
    provisional: column.provisional,
    periods: [...stored].reverse(),
    line: isCriterion ? 'target' : 'full-score',
    lineValue,
    highlight: points.some((p) => p.unit.id === unitId) ? unitId : null,
    rootValue,
    points,
  };
}

export type SpreadSortKey = 'value' | 'name';

/** The table's order: by value (ties and no value as the chart) or by name, either way. */
export function sortSpreadTable(
  points: readonly SpreadPoint[],
  key: SpreadSortKey,
  direction: 'asc' | 'desc',
): SpreadPoint[] {
  if (key === 'value') {
    const best = sortSpreadPoints(points);
    if (direction === 'desc') return best;
    const valued = best.filter((p) => p.value !== null).reverse();
    return [...valued, ...best.filter((p) => p.value === null)];
  }
  const byName = [...points].sort(
    (a, b) => compareVietnamese(a.unit.name, b.unit.name) || a.unit.id.localeCompare(b.unit.id),
  );
  return direction === 'asc' ? byName : byName.reverse();
}
