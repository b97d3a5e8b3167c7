import { useState } from 'react';
import type { Scorecard } from '../../lib/analysis/scorecard';
import { missingCount, runGoing } from '../../lib/capture/view-status-counts';
import { ask } from '../../lib/protocol/ask';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { useViewStatus } from './use-view-status';

/**
 * "Chưa đủ 6 nhóm …" with the button that stores the rest right beside it, when the panel shows
 * the period the portal page is on (capture-all fetches the page's view); otherwise where to go.
 */
export function CaptureMissingHere({ card }: { card: Scorecard }) {
  const { t, locale } = useLocale();
  const [status] = useViewStatus();
  const [error, setError] = useState<string | null>(null);
  const value = status.state === 'ready' ? status.value : null;
  const view = value?.view;
  const here = view && view.rootUnitId === card.rootUnitId && view.periodKey === card.periodKey;
  if (!value || !here) {
    return (
      <p className="muted" data-testid="scorecard-total-missing">
        {t('panelCaptureElsewhere')}
      </p>
    );
  }
  const missing = missingCount(value);
  const running = runGoing(value.run);
  const start = () => {
    setError(null);
    ask({ type: 'capture-all:start' }).catch((e: unknown) => setError(errorText(e, locale)));
  };
  return (
    <div className="capture-here" data-testid="scorecard-total-missing">
      <p className="muted">{t('panelCaptureHere')}</p>
      <button
        type="button"
        data-testid="capture-all-here"
        onClick={start}
        disabled={running || missing <= 0}
        aria-describedby="capture-all-hint"
      >
        {t('captureAll', { count: missing })}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
