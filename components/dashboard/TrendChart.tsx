import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../../lib/format/vietnamese';
import type { TrendPoint } from '../../lib/trend/unit-trend';
import { useLocale } from '../shared/locale';

/**
 * The series drawn with uPlot: the value, the target
 * where there is one and the full-score line. The table beside it says the same numbers.
 */
export function TrendChart({
  points,
  fullScore,
  label,
}: {
  points: readonly TrendPoint[];
  fullScore: number | null;
  label: string;
}) {
  const { t, locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = points.map((_, i) => i);
    const values = points.map((p) => p.value);
    const targets = points.map((p) => p.target);
    const full = points.map(() => fullScore);
    const fmt = (v: number | null) => (v === null ? '' : formatNumber(v, 2, locale));
    const width = Math.max(320, Math.min(el.clientWidth || 800, 1000));
    const plot = new uPlot(
      {
        width,
        height: 280,
        scales: { x: { time: false } },
        axes: [
          {
            values: (_u, splits) =>
              splits.map((s) => (Number.isInteger(s) ? (points[s]?.label ?? '') : '')),
          },
          { size: 64, values: (_u, splits) => splits.map((s) => fmt(s)) },
        ],
        series: [
          {
            label: t('colPeriod'),
            value: (_u, v) => (v === null ? '' : (points[v]?.label ?? '')),
          },
          {
            label: t('trendSeriesValue'),
            stroke: '#9b1c1c',
            width: 2,
            value: (_u, v) => fmt(v),
            points: { size: 8 },
          },
          {
            label: t('trendSeriesTarget'),
            stroke: '#116329',
            dash: [6, 4],
            value: (_u, v) => fmt(v),
          },
          { label: t('trendSeriesMax'), stroke: '#57606a', dash: [2, 4], value: (_u, v) => fmt(v) },
        ],
      },
      [xs, values, targets, full],
      el,
    );
    return () => plot.destroy();
  }, [points, fullScore, locale, t]);

  return (
    <div
      ref={box}
      className="trend-chart"
      role="img"
      aria-label={label}
      data-testid="trend-chart"
    />
  );
}
