import { useState } from 'react';
import type { SnapshotSummary } from '../../lib/db/snapshots';
import { formatCount, formatDateTime } from '../../lib/format/vietnamese';
import { subjectLabel } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';

const EVENTS = [CAPTURES_CHANGED] as const;

function periodText(key: string | null, locale: 'vi' | 'en'): string {
  const period = key ? parsePeriodKey(key) : null;
  return period ? periodLabel(period, locale) : '—';
}

/** Every stored snapshot, newest period first, and the "parse again" control. */
export function SnapshotsPanel() {
  const { t, locale } = useLocale();
  const [snapshots, reload] = useBackground<SnapshotSummary[]>(
    () => ask({ type: 'snapshots:list' }),
    EVENTS,
  );
  const [note, setNote] = useState<string | null>(null);

  const renormalize = () => {
    setNote(null);
    ask({ type: 'captures:renormalize' }).then(
      (report) => {
        setNote(t('renormalizeDone', { ...report }));
        reload();
      },
      (error: unknown) => setNote(String(error)),
    );
  };

  return (
    <section aria-labelledby="snapshots-heading" className="card">
      <h2 id="snapshots-heading">{t('snapshotsHeading')}</h2>
      {snapshots.state === 'error' && (
        <p role="alert" className="error">
          {snapshots.error}
        </p>
      )}
      {snapshots.state === 'ready' && snapshots.value.length > 0 && (
        <table className="data" data-testid="snapshots-table">
          <thead>
            <tr>
              <th scope="col">{t('colPeriod')}</th>
              <th scope="col">{t('colUnit')}</th>
              <th scope="col">{t('colEndpoint')}</th>
              <th scope="col">{t('colLast')}</th>
              <th scope="col" className="num">
                {t('colRevisions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.value.map((s) => (
              <tr key={s.key} data-snapshot={s.key}>
                <td>
                  {periodText(s.periodKey, locale)}
                  {s.periodClosed === false && <span className="muted"> ({t('provisional')})</span>}
                </td>
                <td>{s.rootName ?? s.rootUnitId}</td>
                <td>{subjectLabel(s.subject, s.endpoint, locale)}</td>
                <td>{formatDateTime(s.observedAt)}</td>
                <td className="num">{formatCount(s.revisions, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" data-testid="renormalize" onClick={renormalize}>
        {t('renormalize')}
      </button>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
