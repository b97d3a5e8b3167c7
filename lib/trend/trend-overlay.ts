import type { UnitRef } from '../compare/period-data';
import type { Measure } from '../compare/units-by-periods';
import type { UnitTrend } from './unit-trend';

/**
 * Up to five units' series on one time axis: the union of their months, oldest first, each
 * series null where its unit has nothing stored. Pure: the caller passes one UnitTrend each.
 */

export interface OverlayPeriod {
  periodKey: string;
  label: string;
  /** Captured while the period was still open for at least one of the units. */
  provisional: boolean;
}

export interface OverlaySeries {
  unit: UnitRef;
  /** One per overlay period; null where not stored or counted over nothing. */
  values: (number | null)[];
  /** One per overlay period: this unit's value there is provisional. */
  provisional: boolean[];
  /** One per overlay period: this unit's value there was imported. */
  imported: boolean[];
}

export interface TrendOverlay {
  measure: Measure;
  maxScore: number | null;
  periods: OverlayPeriod[];
  /** In the order asked for: the chosen unit first. */
  series: OverlaySeries[];
  /** The target of each period (criteria only): the first unit's that has one. */
  targets: (number | null)[];
}

export function trendOverlay(trends: readonly UnitTrend[]): TrendOverlay | null {
  const first = trends[0];
  if (!first) return null;
  const labels = new Map<string, string>();
  for (const trend of trends) for (const p of trend.points) labels.set(p.periodKey, p.label);
  const keys = [...labels.keys()].sort();
  const series = trends.map((trend): OverlaySeries => {
    const byKey = new Map(trend.points.map((p) => [p.periodKey, p]));
    return {
      unit: trend.unit,
      values: keys.map((k) => byKey.get(k)?.value ?? null),
      provisional: keys.map((k) => byKey.get(k)?.provisional ?? false),
      imported: keys.map((k) => byKey.get(k)?.imported ?? false),
    };
  });
  const targets = keys.map((k) => {
    for (const trend of trends) {
      const target = trend.points.find((p) => p.periodKey === k)?.target;
      if (target !== null && target !== undefined) return target;
    }
    return null;
  });
  return {
    measure: first.measure,
    maxScore: first.maxScore,
    periods: keys.map((k, i) => ({
      periodKey: k,
      label: labels.get(k) ?? k,
      provisional: series.some((s) => s.provisional[i] === true && s.values[i] !== null),
    })),
    series,
    targets,
  };
}

/**
 * A series cut in two for drawing: `firm` holds the closed periods' values, `tentative` the
 * provisional ones plus their firm neighbours, so that the segment into or out of a
 * provisional point is drawn the provisional way (dashed, hollow point) and joins the line.
 */
export function splitProvisional(
  values: readonly (number | null)[],
  provisional: readonly boolean[],
): { firm: (number | null)[]; tentative: (number | null)[] } {
  const firm = values.map((v, i) => (provisional[i] ? null : v));
  const tentative = values.map((v, i) => {
    if (v === null) return null;
    if (provisional[i]) return v;
    const touches = (j: number) => provisional[j] === true && values[j] !== null;
    return touches(i - 1) || touches(i + 1) ? v : null;
  });
  return { firm, tentative };
}
