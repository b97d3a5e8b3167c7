import { openDashboard, openPortal } from '../../lib/extension-pages';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { PortalTabsReload } from './PortalTabsReload';
import './welcome.css';

/** Shown once after installing: what the extension does, what it never does, what to do next. */
export function WelcomePage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('welcomeTitle')}>
      <div className="welcome-page">
        <section className="card" aria-labelledby="welcome-intro" data-testid="welcome">
          <p id="welcome-intro">{t('welcomeIntro')}</p>
          <h2>{t('welcomeDoesHeading')}</h2>
          <ul>
            <li>{t('welcomeDoes1')}</li>
            <li>{t('welcomeDoes2')}</li>
            <li>{t('welcomeDoes3')}</li>
          </ul>
          <h2>{t('welcomeDoesNotHeading')}</h2>
          <ul data-testid="welcome-does-not">
            <li>{t('welcomeDoesNot1')}</li>
            <li>{t('welcomeDoesNot2')}</li>
            <li>{t('welcomeDoesNot3')}</li>
          </ul>
        </section>
        <PortalTabsReload />
        <div className="row">
          <button type="button" data-testid="welcome-open-portal" onClick={() => openPortal()}>
            {t('openPortal')}
          </button>
          <button
            type="button"
            data-testid="welcome-open-dashboard"
            onClick={() => openDashboard()}
          >
            {t('openDashboard')}
          </button>
        </div>
      </div>
    </PageShell>
  );
}
