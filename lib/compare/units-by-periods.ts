import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import { evaluateTarget, type TargetEvaluation } from '../analysis/evaluate';
import { profileForYear, ruleFor } from '../analysis/targets';
import { type DeltaReason, deltaPrevious, type PeriodValue } from '../analysis/trends';
import { round2 } from '../format/round';
import { compareVietnamese } from '../format/search-text';
import { type FullScoreStatus, fullScoreStatus } from '../model/criteria';
import type { Scope } from '../model/observation';
import {
  comparePeriods,
  type Period,
  type PeriodType,
  parsePeriodKey,
  periodKey,
  periodLabel,
  previousPeriod,
} from '../model/period';
import { isImportedValue } from './imported-mark';
import { type Measure, maxOf, measured, NOT_STORED } from './measure';
import {
  childrenOfKind,
  type KindFilter,
  periodClosed,
  periodData,
  storedPeriodKeys,
  type UnitRef,
} from './period-data';

export type { Measure } from './measure';

/**
 * Units × periods for one measure (the total, a group or a criterion): the value of each
 * period, whether it meets its target or full score, and its move since the period before.
 */

/** More columns than two years of months no longer fit a sheet or a screen. */
export const MAX_PERIODS = 24;

export interface UnitsByPeriodsRequest {
  rootUnitId: string;
  measure: Measure;
  /** Default month. */
  periodType?: PeriodType;
  /** Last period shown (a period key); default the latest stored of the type. */
  to?: string;
  /** First period shown; default the earliest stored, never more than MAX_PERIODS before `to`. */
  from?: string;
  kind?: KindFilter;
  /** List the root unit itself first (the province's own line). */
  includeRoot?: boolean;
  scope?: Scope;
}

export interface PeriodColumn {
  key: string;
  label: string;
  period: Period;
  /** Whether anything is stored for the period. */
  stored: boolean;
  /** Stored while the period was still open: its numbers may still move. */
  provisional: boolean;
}

export type Trend = 'up' | 'down' | 'same';

export interface PeriodCell {
  periodKey: string;
  /** Score for a total or group; ratio (%) for a criterion, null when counted over nothing. */
  value: number | null;
  /** A criterion against the target of its year's profile; null for a total or group. */
  target: TargetEvaluation | null;
  /** A criterion against its full-score threshold; a total or group against its maximum. */
  fullScore: FullScoreStatus | null;
  /** Change since the period before, two decimals; null unless both are stored, valued and closed. */
  delta: number | null;
  deltaReason: DeltaReason | null;
  /** ▲ ▼ or unchanged at two decimals; null without a delta. */
  trend: Trend | null;
  /** The value came from an import, not a capture (marked wherever it is shown). */
  imported: boolean;
}

export interface UnitsByPeriodsRow {
  unit: UnitRef;
  isRoot: boolean;
  /** One per period column, in column order. */
  cells: PeriodCell[];
}

export interface UnitsByPeriods {
  rootUnitId: string;
  root: UnitRef | null;
  measure: Measure;
  /** Full score of the measure (100, the group's maximum, the criterion's); null when unknown. */
  maxScore: number | null;
  periods: PeriodColumn[];
  /** The root first when asked for, then the children in Vietnamese name order. */
  rows: UnitsByPeriodsRow[];
}

const EPSILON = 1e-9;

/** Consecutive periods from `from` to `to`, at most MAX_PERIODS, the latest kept. */
function periodRange(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (
    let p = to;
    out.length < MAX_PERIODS && comparePeriods(p, from) >= 0;
    p = previousPeriod(p)
  ) {
    out.push(p);
  }
  return out.reverse();
}

export function unitsByPeriods(
  snapshots: readonly SnapshotData[],
  settings: Pick<AnalysisSettings, 'profiles'>,
  request: UnitsByPeriodsRequest,
): UnitsByPeriods | null {
  const type = request.periodType ?? 'month';
  const scope = request.scope ?? 'all';
  const kind = request.kind ?? 'all';
  const stored = storedPeriodKeys(snapshots, request.rootUnitId, type, scope);
  const to = parsePeriodKey(request.to ?? stored.at(-1) ?? '');
  const from = parsePeriodKey(request.from ?? stored[0] ?? '');
  if (!to || !from || to.type !== type || from.type !== type) return null;
  const periods = periodRange(from, to);
  if (periods.length === 0) return null;
  const first = periods[0] as Period;
  const load = (p: Period) => periodData(snapshots, request.rootUnitId, periodKey(p), scope);
  const datas = periods.map(load);
  const before = load(previousPeriod(first));

  const units = new Map<string, UnitRef>();
  let root: UnitRef | null = null;
  for (const data of [...datas].reverse()) {
    if (!data) continue;
    root ??= data.root;
    for (const u of childrenOfKind(data, kind)) if (!units.has(u.id)) units.set(u.id, u);
  }
  const listed = [...units.values()].sort(
    (a, b) => compareVietnamese(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const withRoot = request.includeRoot && root ? [root, ...listed] : listed;

  const criterion = request.measure.type === 'criterion' ? request.measure.criterion : null;
  const max = maxOf(request.measure);
  const rows = withRoot.map((unit) => {
    const series: PeriodValue[] = [];
    for (const [i, data] of [before, ...datas].entries()) {
      if (!data) continue;
      const v = measured(data, request.measure, unit.id);
      if (v.closed === null) continue;
      const period = i === 0 ? previousPeriod(first) : (periods[i - 1] as Period);
      series.push({ period, closed: v.closed, scope, value: v.value });
    }
    const cells = periods.map((period, i): PeriodCell => {
      const data = datas[i];
      const { value } = data ? measured(data, request.measure, unit.id) : NOT_STORED;
      const delta = deltaPrevious(series, period, scope);
      const roundedDelta = delta.comparable ? round2(delta.delta) : null;
      const profile = profileForYear(settings.profiles, period.year);
      return {
        periodKey: periodKey(period),
        value,
        target: criterion ? evaluateTarget(value, ruleFor(profile, criterion)) : null,
        fullScore: criterion
          ? fullScoreStatus(value, criterion)
          : value === null || max === null
            ? null
            : value >= max - EPSILON
              ? 'full'
              : 'below',
        delta: roundedDelta,
        deltaReason: delta.comparable ? null : (delta.reason ?? 'missing'),
        trend:
          roundedDelta === null
            ? null
            : roundedDelta > 0
              ? 'up'
              : roundedDelta < 0
                ? 'down'
                : 'same',
        imported: data ? isImportedValue(data, request.measure, unit.id) : false,
      };
    });
    return { unit, isRoot: unit.id === request.rootUnitId, cells };
  });

  return {
    rootUnitId: request.rootUnitId,
    root,
    measure: request.measure,
    maxScore: maxOf(request.measure),
    periods: periods.map((period, i) => {
      const data = datas[i];
      return {
        key: periodKey(period),
        label: periodLabel(period),
        period,
        stored: data !== null && data !== undefined,
        provisional: data ? !periodClosed(data) : false,
      };
    }),
    rows,
  };
}
