import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { TrendBody } from './TrendBody';
import { useStoredViews } from './use-latest-view';
import { ViewState } from './ViewState';

type TrendRoute = Extract<DashboardRoute, { view: 'trend' }>;

/** `#/trend?unit=…[&criterion=…]`: one unit's total, group or criterion over stored months. */
export function TrendView({
  route,
  navigate,
}: {
  route: TrendRoute;
  navigate: (route: DashboardRoute) => void;
}) {
  const { t } = useLocale();
  const stored = useStoredViews();
  if (stored.state !== 'ready' || !stored.value.latest) return <ViewState loadable={stored} />;
  const { latest } = stored.value;
  const unit = route.unit ?? latest.rootUnitId;
  const criterion = route.criterion;
  return (
    <section aria-labelledby="trend-heading" className="card">
      <h2 id="trend-heading">{t('trendHeading')}</h2>
      <TrendBody
        unit={unit}
        criterion={criterion}
        root={latest.rootUnitId}
        rootName={latest.rootName}
        period={latest.periodKey}
        onChange={(next) => navigate({ view: 'trend', unit, criterion, ...next })}
      />
    </section>
  );
}
