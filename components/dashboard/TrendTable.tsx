import { cellText } from '../../lib/format/table-cell';
import type { TrendPoint } from '../../lib/trend/unit-trend';
import { useLocale } from '../shared/locale';

/** The chart's numbers as a table: for screen readers and for copying. */
export function TrendTable({
  points,
  caption,
}: {
  points: readonly TrendPoint[];
  caption: string;
}) {
  const { t, locale } = useLocale();
  return (
    <table className="data" data-testid="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colPeriod')}</th>
          <th scope="col" className="num">
            {t('colValue')}
          </th>
          <th scope="col" className="num">
            {t('colTarget')}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.periodKey} data-period={p.periodKey}>
            <th scope="row">
              {p.label}
              {p.provisional && <span className="muted"> ({t('provisional')})</span>}
            </th>
            <td className="num" data-col="value">
              {cellText(p.value, 'decimal', locale)}
            </td>
            <td className="num" data-col="target">
              {cellText(p.target, 'decimal', locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
