import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../../lib/format/vietnamese';
import { PROVISIONAL_DASH, seriesStyle } from '../../lib/trend/series-style';
import { splitProvisional, type TrendOverlay } from '../../lib/trend/trend-overlay';
import { useLocale } from '../shared/locale';

const TARGET = '#116329';
const FULL = '#57606a';

/**
 * Up to five units drawn with uPlot, each in its colour and line pattern; provisional
 * months as hollow points on a short-dashed segment; the target where there is one and the
 * full-score line. The legend and the table beside it say the same in text.
 */
export function TrendChart({
  overlay,
  fullScore,
  label,
}: {
  overlay: TrendOverlay;
  fullScore: number | null;
  label: string;
}) {
  const { t, locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const { periods } = overlay;
    const xs = periods.map((_, i) => i);
    const fmt = (v: number | null) => (v === null ? '' : formatNumber(v, 2, locale));
    const width = Math.max(320, Math.min(el.clientWidth || 800, 1000));
    const unitSeries: uPlot.Series[] = [];
    const unitData: (number | null)[][] = [];
    overlay.series.forEach((s, i) => {
      const style = seriesStyle(i);
      const { firm, tentative } = splitProvisional(s.values, s.provisional);
      // The provisional part first (faded, thinner, hollow points), so a firm point drawn after
      // covers a shared neighbour.
      unitSeries.push({
        label: `${s.unit.name} (${t('provisionalShort')})`,
        stroke: `${style.stroke}99`,
        width: 1.5,
        dash: style.dash.length ? style.dash : [...PROVISIONAL_DASH],
        value: (_u, v) => fmt(v),
        points: { show: true, size: 10, width: 2, stroke: style.stroke, fill: '#ffffff' },
      });
      unitSeries.push({
        label: s.unit.name,
        stroke: style.stroke,
        width: 2.5,
        dash: style.dash,
        value: (_u, v) => fmt(v),
        points: { show: true, size: 8, stroke: style.stroke, fill: style.stroke },
      });
      unitData.push(tentative, firm);
    });
    const hasTarget = overlay.targets.some((v) => v !== null);
    const plot = new uPlot(
      {
        width,
        height: 300,
        legend: { show: false },
        scales: { x: { time: false, range: [-0.25, Math.max(1, periods.length - 1) + 0.25] } },
        axes: [
          {
            values: (_u, splits) =>
              splits.map((s) => (Number.isInteger(s) ? (periods[s]?.label ?? '') : '')),
          },
          { size: 64, values: (_u, splits) => splits.map((s) => fmt(s)) },
        ],
        series: [
          {
            label: t('colPeriod'),
            value: (_u, v) => (v === null ? '' : (periods[v]?.label ?? '')),
          },
          ...unitSeries,
          {
            label: t('trendSeriesTarget'),
            stroke: TARGET,
            width: 1.5,
            dash: [6, 4],
            show: hasTarget,
            value: (_u, v) => fmt(v),
            points: { show: false },
          },
          {
            label: t('trendSeriesMax'),
            stroke: FULL,
            dash: [2, 4],
            value: (_u, v) => fmt(v),
            points: { show: false },
          },
        ],
      },
      [xs, ...unitData, overlay.targets, periods.map(() => fullScore)],
      el,
    );
    return () => plot.destroy();
  }, [overlay, fullScore, locale, t]);

  return (
    <div
      ref={box}
      className="trend-chart"
      role="img"
      aria-label={label}
      data-testid="trend-chart"
      data-series={overlay.series.length}
    />
  );
}
