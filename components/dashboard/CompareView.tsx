import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { CompareBody } from './CompareBody';
import { CompareTabs } from './CompareTabs';
import { CriteriaBody } from './CriteriaBody';
import { PeriodsBody } from './PeriodsBody';
import { useStoredViews } from './use-latest-view';
import { ViewState } from './ViewState';

type CompareRoute = Extract<DashboardRoute, { view: 'compare' }>;

/**
 * `#/compare?root=…&period=…[&table=periods|criteria]`: the root's children side by side —
 * ranked, over the months, or criterion by criterion.
 */
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
  const table = route.table ?? 'peer';
  const go = (next: Partial<CompareRoute>) => navigate({ ...route, root, period, ...next });
  const common = { root, period, highlight: route.unit, periods: periodsOf(root) };
  return (
    <section aria-labelledby="compare-heading" className="card">
      <h2 id="compare-heading">{t('compareViewHeading')}</h2>
      <CompareTabs route={{ ...route, root, period }} />
      {table === 'peer' && <CompareBody {...common} onPeriod={(p) => go({ period: p })} />}
      {table === 'periods' && (
        <PeriodsBody
          {...common}
          criterion={route.criterion ?? null}
          onChange={(next) => go(next)}
        />
      )}
      {table === 'criteria' && <CriteriaBody {...common} onPeriod={(p) => go({ period: p })} />}
    </section>
  );
}
