import { describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { SERIES_STYLES } from '../../lib/trend/series-style';
import { splitProvisional, trendOverlay } from '../../lib/trend/trend-overlay';
import { unitTrend } from '../../lib/trend/unit-trend';
import { PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, storeTwoMonths } from '../support/two-month-suite';

/** August stored while still open: every August snapshot's capture says so. */
function augustOpen(snapshots: SnapshotData[]): SnapshotData[] {
  return snapshots.map((s) =>
    s.capture.periodKey === '2026-08'
      ? { ...s, capture: { ...s.capture, periodClosed: false } }
      : s,
  );
}

describe('several units on one trend chart', () => {
  const stored = storeTwoMonths('trend-overlay');

  const trends = (ids: string[], criterion: string | null, from = stored.snapshots) =>
    ids.flatMap((id) => unitTrend(from, SETTINGS, id, criterion) ?? []);

  it("aligns the province and four children's totals as the fixture files add them up", () => {
    const children = [...AUGUST.values()].slice(0, 4);
    const overlay = trendOverlay(trends([PHU_THO, ...children.map((u) => u.id)], null));
    expect(overlay?.periods.map((p) => p.periodKey)).toEqual(['2026-07', '2026-08']);
    expect(overlay?.series.map((s) => s.unit.id)).toEqual([PHU_THO, ...children.map((u) => u.id)]);
    children.forEach((unit, i) => {
      const july = JULY.get(unit.id);
      expect(overlay?.series[i + 1]?.values).toEqual([
        july ? rawTotal(july) : null,
        rawTotal(unit),
      ]);
      expect(overlay?.series[i + 1]?.provisional).toEqual([false, false]);
    });
    expect(overlay?.periods.every((p) => !p.provisional)).toBe(true);
    expect(overlay?.targets).toEqual([null, null]);
    expect(overlay?.maxScore).toBe(100);
  });

  it('carries the target of a criterion and the ratios of each unit', () => {
    const code = 'DOSSIER_RECEIVING_SATISFACTION';
    const [a, b] = [...AUGUST.values()] as [RawUnit, RawUnit];
    const overlay = trendOverlay(trends([a.id, b.id], code));
    expect(overlay?.targets).toEqual([92, 92]);
    for (const [i, unit] of [a, b].entries()) {
      const m = unit.metrics.get(code);
      const expected = !m || m.denominator === 0 ? null : m.ratio;
      const got = overlay?.series[i]?.values[1] ?? null;
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 6);
    }
  });

  it('marks the months stored while still open, per unit and per period', () => {
    const child = [...AUGUST.keys()][0] as string;
    const overlay = trendOverlay(trends([PHU_THO, child], null, augustOpen(stored.snapshots)));
    expect(overlay?.periods.map((p) => p.provisional)).toEqual([false, true]);
    expect(overlay?.series.map((s) => s.provisional)).toEqual([
      [false, true],
      [false, true],
    ]);
  });

  it('is null with no unit stored', () => {
    expect(trendOverlay([])).toBeNull();
  });
});

describe('drawing provisional months', () => {
  it('keeps closed months on the firm line and joins the provisional ones with a dashed segment', () => {
    expect(splitProvisional([1, 2, 3, 4], [false, false, true, true])).toEqual({
      firm: [1, 2, null, null],
      tentative: [null, 2, 3, 4],
    });
    expect(splitProvisional([1, null, 3], [false, true, false])).toEqual({
      firm: [1, null, 3],
      tentative: [null, null, null],
    });
    expect(splitProvisional([5, 6, 7], [false, false, false])).toEqual({
      firm: [5, 6, 7],
      tentative: [null, null, null],
    });
  });

  it('gives five units five colours and five line patterns', () => {
    expect(new Set(SERIES_STYLES.map((s) => s.stroke)).size).toBe(5);
    expect(new Set(SERIES_STYLES.map((s) => s.dash.join(','))).size).toBe(5);
  });
});
