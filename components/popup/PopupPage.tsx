import { openDashboard, openPortal, openSidePanel } from '../../lib/extension-pages';
import { AnnotationsToggle } from '../shared/AnnotationsToggle';
import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';

export function PopupPage() {
  const { t } = useLocale();
  return (
    <div className="shell">
      <h1>{t('appName')}</h1>
      <AnnotationsToggle />
      <CapturesSummaryView compact />
      <div className="actions">
        <button type="button" onClick={() => openSidePanel().then(() => window.close())}>
          {t('openSidePanel')}
        </button>
        <button type="button" onClick={() => openDashboard().then(() => window.close())}>
          {t('openDashboard')}
        </button>
        <button type="button" onClick={() => openPortal().then(() => window.close())}>
          {t('openPortal')}
        </button>
      </div>
    </div>
  );
}
