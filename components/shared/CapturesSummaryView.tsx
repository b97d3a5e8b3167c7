import { formatCount, formatDateTime } from '../../lib/format/vietnamese';
import { subjectLabel } from '../../lib/model/groups';
import { FlaggedNotice } from './FlaggedNotice';
import { useLocale } from './locale';
import { useCapturesSummary } from './use-captures-summary';

/** What is stored, per endpoint: count, last capture time and the page it came from. */
export function CapturesSummaryView({ compact = false }: { compact?: boolean }) {
  const { t, locale } = useLocale();
  const summary = useCapturesSummary();

  if (summary.state === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (summary.state === 'error') {
    return (
      <p role="alert" className="error">
        {t('loadError', { error: summary.error })}
      </p>
    );
  }
  // Only understood captures count as saved; refused answers are told apart (FlaggedNotice).
  const { saved, flagged, lastObservedAt } = summary.value;
  const endpoints = summary.value.endpoints.filter((entry) => entry.saved > 0);
  return (
    <section aria-labelledby="captures-heading">
      <p id="captures-heading" className="headline" data-testid="stored-count" data-count={saved}>
        {t('storedCount', { count: formatCount(saved, locale) })}
      </p>
      {lastObservedAt ? (
        <p className="muted" data-testid="last-capture">
          {t('lastCapture', { time: formatDateTime(lastObservedAt) })}
        </p>
      ) : (
        <p className="muted">{t('nothingStored')}</p>
      )}
      <FlaggedNotice count={flagged} linked={compact} />
      {endpoints.length > 0 && (
        <table className="data" data-testid="captures-table">
          <caption>{t('capturesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colEndpoint')}</th>
              <th scope="col" className="num">
                {t('colCount')}
              </th>
              <th scope="col">{t('colLast')}</th>
              {!compact && <th scope="col">{t('colPage')}</th>}
            </tr>
          </thead>
          <tbody>
            {endpoints.map((entry) => (
              <tr key={entry.endpoint} data-endpoint={entry.endpoint}>
                <th scope="row">{subjectLabel(entry.subject, entry.endpoint, locale)}</th>
                <td className="num">{formatCount(entry.saved, locale)}</td>
                <td>{formatDateTime(entry.lastObservedAt)}</td>
                {!compact && (
                  <td className="url" title={entry.lastPageUrl}>
                    {entry.lastPageUrl}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
