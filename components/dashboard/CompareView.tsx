import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { CompareBody } from './CompareBody';
import { useStoredViews } from './use-latest-view';
import { ViewState } from './ViewState';

type CompareRoute = Extract<DashboardRoute, { view: 'compare' }>;

/** `#/compare?root=…&period=…`: the root's children ranked side by side. */
export function CompareView({
  route,
  navigate,
}: {
  route: CompareRoute;
  navigate: (route: DashboardRoute) => void;
}) {
  const { t } = useLocale();
  const stored = useStoredViews();
  if (stored.state !== 'ready' || !stored.value.latest) return <ViewState loadable={stored} />;
  const { latest, periodsOf } = stored.value;
  const root = route.root ?? latest.rootUnitId;
  const period = route.period ?? latest.periodKey;
  return (
    <section aria-labelledby="compare-heading" className="card">
      <h2 id="compare-heading">{t('compareHeading')}</h2>
      <CompareBody
        root={root}
        period={period}
        highlight={route.unit}
        periods={periodsOf(root)}
        onPeriod={(p) => navigate({ view: 'compare', root, period: p, unit: route.unit })}
      />
    </section>
  );
}
