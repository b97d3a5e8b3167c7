import { type Period, periodKey, previousPeriod, samePeriodLastYear } from '../model/period';

/**
 * Period-on-period comparisons for ONE unit × criterion (or group total). Only like is
 * compared with like (domain brief §11, QD-CMP): same period type, same scope, and both
 * periods closed. Day-to-day movement within an open period is a difference between two
 * captures, not a period delta, and is not computed here.
 */
export interface PeriodValue {
  period: Period;
  /** Whether the period had ended when this value was captured; false = provisional. */
  closed: boolean;
  scope: string;
  value: number | null;
}

/**
 * `missing`: one of the two periods is not in the series. `no-data`: it is, with no value.
 * `provisional`: at least one side was captured while its period was still open.
 */
export type DeltaReason = 'missing' | 'provisional' | 'no-data';

export interface Delta {
  /** current − previous, unrounded; null unless comparable. */
  delta: number | null;
  /** The earlier value when one was stored, so the screen can show it with its caveat. */
  previous: number | null;
  comparable: boolean;
  reason?: DeltaReason;
}

/**
 * The value stored for a period. A series should hold one per period; if it holds several
 * (a provisional capture and a later closed one), a closed value beats a provisional one,
 * then the one listed last wins, because callers list captures oldest first.
 */
export function valueFor(
  series: readonly PeriodValue[],
  period: Period,
  scope = 'all',
): PeriodValue | null {
  const key = periodKey(period);
  const matches = series.filter(
    (v) => v.scope === scope && v.period.type === period.type && periodKey(v.period) === key,
  );
  return matches.filter((v) => v.closed).at(-1) ?? matches.at(-1) ?? null;
}

function compare(current: PeriodValue | null, previous: PeriodValue | null): Delta {
  const before = previous?.value ?? null;
  if (!current || !previous) {
    return { delta: null, previous: before, comparable: false, reason: 'missing' };
  }
  if (current.value === null || previous.value === null) {
    return { delta: null, previous: before, comparable: false, reason: 'no-data' };
  }
  // Two open periods are not comparable either: each is partial, at a different point of its
  // own progress (e.g. a Q2 value captured in June that was never refreshed after Q2 closed).
  if (!current.closed || !previous.closed) {
    return { delta: null, previous: before, comparable: false, reason: 'provisional' };
  }
  return { delta: current.value - previous.value, previous: before, comparable: true };
}

/** Against the period just before (month ← month, quarter ← quarter, year ← year). */
export function deltaPrevious(
  series: readonly PeriodValue[],
  period: Period,
  scope = 'all',
): Delta {
  return compare(valueFor(series, period, scope), valueFor(series, previousPeriod(period), scope));
}

/** Against the same month or quarter (or the previous year) one year earlier. */
export function deltaSamePeriodLastYear(
  series: readonly PeriodValue[],
  period: Period,
  scope = 'all',
): Delta {
  return compare(
    valueFor(series, period, scope),
    valueFor(series, samePeriodLastYear(period), scope),
  );
}

export interface SparkPoint {
  period: Period;
  key: string;
  value: number | null;
  /** null when the period is missing from the series altogether. */
  closed: boolean | null;
}

/** `count` consecutive periods of `period`'s type ending with it, oldest first, gaps kept. */
export function lastPeriods(
  series: readonly PeriodValue[],
  period: Period,
  count = 12,
  scope = 'all',
): SparkPoint[] {
  const points: SparkPoint[] = [];
  let cursor = period;
  for (let i = 0; i < count; i += 1) {
    const found = valueFor(series, cursor, scope);
    points.push({
      period: cursor,
      key: periodKey(cursor),
      value: found?.value ?? null,
      closed: found ? found.closed : null,
    });
    cursor = previousPeriod(cursor);
  }
  return points.reverse();
}

export interface MoverRow {
  unitId: string;
  name: string;
  delta: number | null;
}

export interface Movers {
  /** Largest rise first. */
  improvers: MoverRow[];
  /** Largest fall first. */
  decliners: MoverRow[];
}

const EPSILON = 1e-9;

/** Deltas within float noise of each other are a tie, settled by Vietnamese name order. */
function byDelta(direction: 1 | -1) {
  return (a: MoverRow, b: MoverRow): number => {
    const diff = ((b.delta ?? 0) - (a.delta ?? 0)) * direction;
    if (Math.abs(diff) > EPSILON) return diff;
    return a.name.localeCompare(b.name, 'vi') || a.unitId.localeCompare(b.unitId);
  };
}

/** Top `n` risers and fallers; units without a delta or with no change are in neither list. */
export function movers(rows: readonly MoverRow[], n: number): Movers {
  const count = Math.max(0, Math.floor(n));
  const valid = rows.filter((r) => r.delta !== null && Number.isFinite(r.delta));
  const up = valid.filter((r) => (r.delta ?? 0) > EPSILON).sort(byDelta(1));
  const down = valid.filter((r) => (r.delta ?? 0) < -EPSILON).sort(byDelta(-1));
  return { improvers: up.slice(0, count), decliners: down.slice(0, count) };
}
