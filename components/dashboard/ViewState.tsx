import { useLocale } from '../shared/locale';
import type { Loadable } from '../shared/use-background';

/** What a view shows instead of its content: loading, an error, or "nothing stored". */
export function ViewState({ loadable }: { loadable: Loadable<unknown> }) {
  const { t } = useLocale();
  if (loadable.state === 'loading') return <p className="muted">{t('viewLoading')}</p>;
  if (loadable.state === 'error') {
    return (
      <p role="alert" className="error">
        {loadable.error}
      </p>
    );
  }
  const empty =
    loadable.value !== null && typeof loadable.value === 'object' && 'latest' in loadable.value;
  return (
    <p className="muted" data-testid="view-empty">
      {empty ? t('viewNoCapture') : t('viewNoData')}
    </p>
  );
}
