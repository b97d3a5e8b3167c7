import { useEffect, useState } from 'react';
import { openPortalTabIds, reloadPortalTabs } from '../../lib/portal-tabs';
import { useLocale } from '../shared/locale';

/** Portal tabs opened before the install have no tap yet: offer to reload them. */
export function PortalTabsReload() {
  const { t } = useLocale();
  const [count, setCount] = useState<number | null>(null);
  const [reloaded, setReloaded] = useState<number | null>(null);
  useEffect(() => {
    openPortalTabIds().then(
      (ids) => setCount(ids.length),
      () => setCount(0),
    );
  }, []);
  if (count === null) return null;
  const reload = async () => setReloaded(await reloadPortalTabs());
  return (
    <section className="card" aria-labelledby="welcome-tabs" data-testid="welcome-tabs">
      <h2 id="welcome-tabs">{t('welcomeTabsHeading')}</h2>
      {count === 0 ? (
        <p data-testid="welcome-no-tabs">{t('welcomeNoTabs')}</p>
      ) : (
        <>
          <p>{t('welcomeTabsOpen', { count })}</p>
          <button type="button" data-testid="welcome-reload" onClick={reload}>
            {t('welcomeReload', { count })}
          </button>
        </>
      )}
      {reloaded !== null && (
        <p role="status" data-testid="welcome-reloaded">
          {t('welcomeReloaded', { count: reloaded })}
        </p>
      )}
    </section>
  );
}
