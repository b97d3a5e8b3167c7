import { flagAdviceText, flagReasonText } from '../../lib/i18n/flag-words';
import { periodLabel } from '../../lib/model/period';
import type { TabView } from '../../lib/views/tab-view';
import { useLocale } from '../shared/locale';

/**
 * What the panel says when the page moved to a view whose answer was not stored: a period
 * the portal has no data for, or an answer it refused. Never "saved" for such a view.
 */
export function ViewFlagNotice({ view, stored }: { view: TabView; stored: number }) {
  const { t, locale } = useLocale();
  if (!view.flag) return null;
  const headline =
    view.flag === 'not-found'
      ? t('viewPortalNoData', { period: periodLabel(view.period, locale) })
      : t('viewFlagged', { reason: flagReasonText(view.flag, locale) });
  return (
    <p role="status" className="error" data-testid="view-flag" data-code={view.flag}>
      {headline} {flagAdviceText(view.flag, locale)}
      {stored > 0 && ` ${t('viewKept')}`}
    </p>
  );
}
