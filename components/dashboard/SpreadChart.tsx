import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../../lib/format/vietnamese';
import type { UnitSpread } from '../../lib/trend/unit-spread';
import { useLocale } from '../shared/locale';
import { LegendSwatch } from './LegendSwatch';

const UNITS = '#8c959f';
const CHOSEN = '#9b1c1c';
const LINE = '#116329';
const ROOT = '#0550ae';

/**
 * One bar per child unit, best first, with the target (or full-score) line and the root's own
 * value; the chosen unit's bar in its colour with a marker and its name above it, so that
 * colour is not the only sign. The table below says the same in text.
 */
export function SpreadChart({ spread, label }: { spread: UnitSpread; label: string }) {
  const { t, locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const points = spread.points.filter((p) => p.value !== null);
    const n = points.length;
    const fmt = (v: number | null) => (v === null ? '' : formatNumber(v, 2, locale));
    const xs = points.map((_, i) => i + 1);
    const chosenAt = points.findIndex((p) => p.unit.id === spread.highlight);
    const chosen = chosenAt < 0 ? null : points[chosenAt];
    const bars = uPlot.paths.bars?.({ size: [0.85, 24], gap: 1 });
    const values = points.map((p) => p.value);
    const top = Math.max(
      ...values.map((v) => v ?? 0),
      spread.lineValue ?? 0,
      spread.rootValue ?? 0,
    );
    const width = Math.max(320, Math.min(el.clientWidth || 800, 1000));
    const plot = new uPlot(
      {
        width,
        height: 300,
        legend: { show: false },
        scales: {
          x: { time: false, range: [0.5, n + 0.5] },
          y: { range: [0, top > 0 ? top * 1.12 : 1] },
        },
        axes: [
          {
            label: t('spreadAxis'),
            values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? String(s) : '')),
          },
          { size: 64, values: (_u, splits) => splits.map((s) => fmt(s)) },
        ],
        series: [
          { label: t('colRank') },
          {
            label: t('spreadSeriesUnits'),
            stroke: UNITS,
            fill: UNITS,
            ...(bars ? { paths: bars } : {}),
            points: { show: false },
          },
          {
            label: t('spreadSeriesChosen'),
            stroke: CHOSEN,
            fill: CHOSEN,
            ...(bars ? { paths: bars } : {}),
            points: { show: false },
          },
          {
            label: t(spread.line === 'target' ? 'spreadLineTarget' : 'spreadLineFull'),
            stroke: LINE,
            width: 2,
            dash: [8, 4],
            points: { show: false },
          },
          {
            label: spread.root?.name ?? '',
            stroke: ROOT,
            width: 1.5,
            dash: [2, 3],
            points: { show: false },
          },
        ],
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx;
              const ratio = devicePixelRatio || 1;
              ctx.save();
              ctx.font = `${12 * ratio}px system-ui, sans-serif`;
              ctx.textBaseline = 'bottom';
              const label = (
                text: string,
                x: number,
                y: number,
                colour: string,
                align: CanvasTextAlign,
              ) => {
                // A white box behind the text keeps it legible over the bars.
                const w = ctx.measureText(text).width;
                const left = align === 'right' ? x - w : align === 'center' ? x - w / 2 : x;
                ctx.fillStyle = 'rgba(255, 255, 255, 0.88)';
                ctx.fillRect(left - 3 * ratio, y - 15 * ratio, w + 6 * ratio, 16 * ratio);
                ctx.fillStyle = colour;
                ctx.textAlign = align;
                ctx.fillText(text, x, y);
              };
              const right = u.bbox.left + u.bbox.width;
              if (spread.lineValue !== null) {
                const name = t(spread.line === 'target' ? 'spreadLineTarget' : 'spreadLineFull');
                label(
                  `${name} ${fmt(spread.lineValue)}`,
                  right - 4 * ratio,
                  u.valToPos(spread.lineValue, 'y', true) - 3 * ratio,
                  LINE,
                  'right',
                );
              }
              if (spread.rootValue !== null) {
                label(
                  `${spread.root?.name ?? ''} ${fmt(spread.rootValue)}`,
                  right - 4 * ratio,
                  u.valToPos(spread.rootValue, 'y', true) + 16 * ratio,
                  ROOT,
                  'right',
                );
              }
              if (chosen && chosen.value !== null) {
                const x = u.valToPos(chosenAt + 1, 'x', true);
                const y = u.valToPos(chosen.value, 'y', true);
                ctx.beginPath();
                ctx.moveTo(x, y - 4 * ratio);
                ctx.lineTo(x - 6 * ratio, y - 14 * ratio);
                ctx.lineTo(x + 6 * ratio, y - 14 * ratio);
                ctx.closePath();
                ctx.fillStyle = CHOSEN;
                ctx.fill();
                const align: CanvasTextAlign =
                  chosenAt < n / 3 ? 'left' : chosenAt > (2 * n) / 3 ? 'right' : 'center';
                label(
                  `${chosen.unit.name}: ${fmt(chosen.value)}`,
                  x,
                  y - 16 * ratio,
                  CHOSEN,
                  align,
                );
              }
              ctx.restore();
            },
          ],
        },
      },
      [
        xs,
        values,
        points.map((p, i) => (i === chosenAt ? p.value : null)),
        points.map(() => spread.lineValue),
        points.map(() => spread.rootValue),
      ],
      el,
    );
    return () => plot.destroy();
  }, [spread, locale, t]);

  return (
    <>
      <div
        ref={box}
        className="trend-chart"
        role="img"
        aria-label={label}
        data-testid="spread-chart"
      />
      <ul className="trend-legend" aria-label={t('trendLegendLabel')}>
        <li>
          <LegendSwatch stroke={UNITS} dash={[]} bar />
          <span>{t('spreadSeriesUnits')}</span>
        </li>
        {spread.highlight && (
          <li>
            <LegendSwatch stroke={CHOSEN} dash={[]} bar />
            <span>▼ {t('spreadSeriesChosen')}</span>
          </li>
        )}
        {spread.lineValue !== null && (
          <li>
            <LegendSwatch stroke={LINE} dash={[8, 4]} line />
            <span>{t(spread.line === 'target' ? 'spreadLineTarget' : 'spreadLineFull')}</span>
          </li>
        )}
        {spread.rootValue !== null && (
          <li>
            <LegendSwatch stroke={ROOT} dash={[2, 3]} line />
            <span>{spread.root?.name ?? spread.rootUnitId}</span>
          </li>
        )}
      </ul>
    </>
  );
}
