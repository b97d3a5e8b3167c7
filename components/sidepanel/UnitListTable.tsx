import type { ViewAnnotations } from '../../lib/annotator/annotations';
import { unitListRows } from '../../lib/listview/unit-list';
import { useLocale } from '../shared/locale';

/**
 * The view's units as a table of text: name, score and what each chip on the portal page
 * says. Names come from the portal and are rendered as text only.
 */
export function UnitListTable({ view }: { view: ViewAnnotations }) {
  const { t, locale } = useLocale();
  const rows = unitListRows(view, locale);
  const [what, when] =
    locale === 'en' && view.viewLabelEn
      ? [view.viewLabelEn, view.periodLabelEn]
      : [view.viewLabel, view.periodLabel];
  return (
    <table className="unit-list" data-testid="unit-list">
      <caption>{t('listViewCaption', { view: what, period: when, count: rows.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('listViewUnit')}</th>
          <th scope="col">{t('listViewScore')}</th>
          <th scope="col">{t('listViewChips')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unitId} data-unit-id={row.unitId}>
            <th scope="row">{row.name}</th>
            <td>
              {row.score}
              {row.rating && ` — ${row.rating}`}
            </td>
            <td>
              {row.lines.length === 0 ? (
                <span className="muted">{t('listViewNothing')}</span>
              ) : (
                <ul>
                  {row.lines.map((line) => (
                    <li key={line.criterion ?? ''}>
                      {line.criterion && `${line.criterion}: `}
                      <span aria-hidden="true">{line.chip}</span>
                      <span className="visually-hidden">{line.sentence}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
