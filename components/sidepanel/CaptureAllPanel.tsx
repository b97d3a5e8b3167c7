import { useState } from 'react';
import { missingCount, runGoing } from '../../lib/capture/view-status-counts';
import { GROUPS } from '../../lib/model/groups';
import { periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { CaptureAllProgressLine } from './CaptureAllProgressLine';
import { useRunWatch } from './use-run-watch';
import { useViewStatus } from './use-view-status';
import { ViewFlagNotice } from './ViewFlagNotice';

/** The view the official is on, which of its groups are stored, and "store the rest". */
export function CaptureAllPanel() {
  const { t, locale } = useLocale();
  // Its own ask: the run watch below asks again on a timer, and a failed ask there must not
  // blank the scorecard.
  const [status, reload] = useViewStatus();
  const [startError, setStartError] = useState<string | null>(null);
  useRunWatch(status, reload);

  if (status.state !== 'ready') {
    return status.state === 'error' ? (
      <p role="alert" className="error">
        {status.error}
      </p>
    ) : (
      <p aria-busy="true">{t('loading')}</p>
    );
  }
  const { view, stored, total, run, summaryStored } = status.value;
  if (!view) return <p data-testid="capture-view">{t('noView')}</p>;

  const missing = missingCount(status.value);
  const running = runGoing(run);
  const start = () => {
    setStartError(null);
    ask({ type: 'capture-all:start' }).catch((error: unknown) =>
      setStartError(errorText(error, locale)),
    );
  };

  return (
    <section aria-labelledby="capture-view" className="card">
      <h2 id="capture-view" data-testid="capture-view">
        {t('viewing', {
          unit: view.rootName ?? view.rootUnitId,
          period: periodLabel(view.period, locale),
        })}
      </h2>
      <p data-testid="groups-stored" data-stored={stored.length} data-total={total}>
        {t('groupsStored', { done: stored.length, total })}
      </p>
      <ViewFlagNotice view={view} stored={stored.length} />
      <ul className="group-list">
        {GROUPS.map((group) => {
          const has = stored.includes(group.code);
          return (
            <li key={group.code} data-group={group.code} data-stored={has}>
              <span aria-hidden="true">{has ? '✓' : '○'}</span>{' '}
              {locale === 'vi' ? group.name : group.nameEn}{' '}
              <span className="muted">({has ? t('stored') : t('missing')})</span>
            </li>
          );
        })}
        {total > 0 && (
          <li data-group="TOTAL" data-stored={summaryStored}>
            <span aria-hidden="true">{summaryStored ? '✓' : '○'}</span> {t('panelSummaryTab')}{' '}
            <span className="muted">({summaryStored ? t('stored') : t('missing')})</span>
          </li>
        )}
      </ul>
      <button
        type="button"
        data-testid="capture-all"
        onClick={start}
        disabled={running || missing <= 0}
        aria-describedby="capture-all-hint"
      >
        {missing > 0 ? t('captureAll', { count: missing }) : t('captureAllDone')}
      </button>
      <p id="capture-all-hint" className="muted small">
        {t('captureAllHint')}
      </p>
      {run && run.total > 0 && (
        <progress
          data-testid="capture-all-progress"
          aria-label={t('captureAllLabel')}
          value={run.done}
          max={run.total}
        />
      )}
      {run && <CaptureAllProgressLine run={run} />}
      {startError && (
        <p role="alert" className="error">
          {startError}
        </p>
      )}
    </section>
  );
}
