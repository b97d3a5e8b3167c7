import type { StringKey } from '../../lib/i18n/strings-vi';
import { PROVISIONAL_DASH, type SeriesStyle, seriesStyle } from '../../lib/trend/series-style';
import type { TrendOverlay } from '../../lib/trend/trend-overlay';
import { useLocale } from '../shared/locale';
import { LegendSwatch as Swatch } from './LegendSwatch';

const PATTERN: Record<SeriesStyle['pattern'], StringKey> = {
  solid: 'patternSolid',
  'long-dash': 'patternLongDash',
  'dash-dot': 'patternDashDot',
  'long-long-dash': 'patternLongLongDash',
  'dash-dot-dot': 'patternDashDotDot',
};

/** Names each line of the chart: unit, colour and pattern, and which months are provisional. */
export function TrendLegend({
  overlay,
  fullScore,
}: {
  overlay: TrendOverlay;
  fullScore: number | null;
}) {
  const { t } = useLocale();
  const anyProvisional = overlay.periods.some((p) => p.provisional);
  return (
    <ul className="trend-legend" aria-label={t('trendLegendLabel')} data-testid="trend-legend">
      {overlay.series.map((s, i) => {
        const style = seriesStyle(i);
        const months = overlay.periods
          .filter((_, j) => s.provisional[j] && s.values[j] !== null)
          .map((p) => p.label);
        return (
          <li key={s.unit.id} data-unit={s.unit.id}>
            <Swatch stroke={style.stroke} dash={style.dash} />
            <span>{s.unit.name}</span>
            <span className="visually-hidden">
              {' '}
              ({t('trendPattern', { pattern: t(PATTERN[style.pattern]) })})
            </span>
            {months.length > 0 && (
              <span className="muted" data-provisional="true">
                {' '}
                ({t('provisionalShort')}: {months.join(', ')})
              </span>
            )}
          </li>
        );
      })}
      {overlay.targets.some((v) => v !== null) && (
        <li>
          <Swatch stroke="#116329" dash={[6, 4]} line />
          <span>{t('trendSeriesTarget')}</span>
        </li>
      )}
      {fullScore !== null && (
        <li>
          <Swatch stroke="#57606a" dash={[2, 4]} line />
          <span>{t('trendSeriesMax')}</span>
        </li>
      )}
      {anyProvisional && (
        <li data-testid="legend-provisional">
          <Swatch stroke="#57606a" dash={PROVISIONAL_DASH} hollow />
          <span>
            ({t('provisionalShort')}): {t('trendLegendProvisional')}
          </span>
        </li>
      )}
    </ul>
  );
}
