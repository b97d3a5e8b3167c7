import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { TrendBody } from './TrendBody';
import { useStoredViews } from './use-latest-view';
import { ViewState } from './ViewState';

type TrendRoute = Extract<DashboardRoute, { view: 'trend' }>;

/**
 * `#/trend?unit=…[&criterion=…][&with=…][&period=…]`: one unit's total, group or criterion
 * over stored months with up to four more units overlaid, and the children's spread.
 */
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
  const { criterion } = route;
  const others = (route.with ?? []).filter((id) => id !== unit);
  const period = route.period ?? null;
  return (
    <section aria-labelledby="trend-heading" className="card">
      <h2 id="trend-heading">{t('trendHeading')}</h2>
      <TrendBody
        unit={unit}
        criterion={criterion}
        others={others}
        spreadPeriod={period}
        root={latest.rootUnitId}
        rootName={latest.rootName}
        period={latest.periodKey}
        onChange={(next) => {
          const merged = { unit, criterion, others, period, ...next };
          navigate({
            view: 'trend',
            unit: merged.unit,
            criterion: merged.criterion,
            with: merged.others.filter((id) => id !== merged.unit),
            ...(merged.period ? { period: merged.period } : {}),
          });
        }}
      />
    </section>
  );
}
