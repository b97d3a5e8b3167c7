import { type CaptureAllProgress, stepName, stopText } from '../../lib/capture/capture-all';
import { useLocale } from '../shared/locale';

export function CaptureAllProgressLine({ run }: { run: CaptureAllProgress }) {
  const { t, locale } = useLocale();
  if (run.state === 'stopped' && run.stop) {
    return (
      <p role="alert" className="error" data-testid="capture-all-message">
        {stopText(run.stop, locale)}
      </p>
    );
  }
  if (run.state === 'done') {
    return (
      <p role="status" data-testid="capture-all-message">
        {t('captureAllFinished', { count: run.done })}
      </p>
    );
  }
  // The step's name in the UI language; a step saved without a known group keeps its label.
  const group = run.current ? stepName(run.current, locale) : '';
  const key = run.state === 'waiting' ? 'captureAllWaiting' : 'captureAllProgress';
  return (
    <p role="status" aria-live="polite" data-testid="capture-all-status">
      {t(key, { done: run.done, total: run.total, group })}
    </p>
  );
}
