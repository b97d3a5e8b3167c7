import { cellText } from '../../lib/format/table-cell';
import type { TrendOverlay } from '../../lib/trend/trend-overlay';
import { useLocale } from '../shared/locale';

/** The chart's numbers as a table, one column per unit: for screen readers and for copying. */
export function TrendTable({ overlay, caption }: { overlay: TrendOverlay; caption: string }) {
  const { t, locale } = useLocale();
  const hasTarget = overlay.targets.some((v) => v !== null);
  return (
    <table className="data" data-testid="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colPeriod')}</th>
          {overlay.series.map((s) => (
            <th key={s.unit.id} scope="col" className="num" data-unit={s.unit.id}>
              {overlay.series.length > 1 ? s.unit.name : t('colValue')}
            </th>
          ))}
          {hasTarget && (
            <th scope="col" className="num">
              {t('colTarget')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {overlay.periods.map((p, i) => (
          <tr
            key={p.periodKey}
            data-period={p.periodKey}
            data-provisional={p.provisional ? 'true' : undefined}
          >
            <th scope="row">
              {p.label}
              {p.provisional && <span className="muted"> ({t('provisionalShort')})</span>}
            </th>
            {overlay.series.map((s) => (
              <td
                key={s.unit.id}
                className="num"
                data-col="value"
                data-unit={s.unit.id}
                data-provisional={s.provisional[i] ? 'true' : undefined}
                data-imported={s.imported[i] ? 'true' : undefined}
              >
                {cellText(s.values[i] ?? null, 'decimal', locale)}
                {s.imported[i] && s.values[i] !== null && (
                  <span className="muted"> ({t('importMark')})</span>
                )}
              </td>
            ))}
            {hasTarget && (
              <td className="num" data-col="target">
                {cellText(overlay.targets[i] ?? null, 'decimal', locale)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
