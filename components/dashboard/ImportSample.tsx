import { formatCount, formatNumber } from '../../lib/format/vietnamese';
import type { PreviewRow } from '../../lib/import/preview';
import { subjectLabel } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { useLocale } from '../shared/locale';

/** The first values as they will be stored; a value a capture already holds is marked. */
export function ImportSample({ rows }: { rows: readonly PreviewRow[] }) {
  const { t, locale } = useLocale();
  if (rows.length === 0) return null;
  const num = (v: number | null) => (v === null ? '' : formatNumber(v, 2, locale));
  const count = (v: number | null) => (v === null ? '' : formatCount(v, locale));
  const periodText = (key: string) => {
    const period = parsePeriodKey(key);
    return period ? periodLabel(period, locale) : key;
  };
  return (
    <div className="table-scroll">
      <table className="data" data-testid="import-sample">
        <caption>{t('importSampleCaption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importColLine')}</th>
            <th scope="col">{t('importColPeriod')}</th>
            <th scope="col">{t('importColUnit')}</th>
            <th scope="col">{t('importColMeasure')}</th>
            <th scope="col">{t('importColScore')}</th>
            <th scope="col">{t('importColRatio')}</th>
            <th scope="col">{t('importColNumerator')}</th>
            <th scope="col">{t('importColDenominator')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.line}-${r.unitName}-${r.group}-${r.criterion ?? ''}`}>
              <td>{r.line}</td>
              <td>{periodText(r.periodKey)}</td>
              <th scope="row">
                {r.unitName}
                {r.captured && <span className="muted small"> ({t('importCapturedMark')})</span>}
              </th>
              <td>
                {r.criterion ??
                  (r.group === 'TOTAL'
                    ? t('importMeasureTotal')
                    : subjectLabel(r.group, r.group, locale))}
              </td>
              <td className="num">{num(r.score)}</td>
              <td className="num">{num(r.ratio)}</td>
              <td className="num">{count(r.numerator)}</td>
              <td className="num">{count(r.denominator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
