import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { ReportBody } from './ReportBody';
import { useStoredViews } from './use-latest-view';
import { ViewState } from './ViewState';

type ReportRoute = Extract<DashboardRoute, { view: 'report' }>;

/** `#/report?unit=…&period=…`: the report text of one unit and period, with its actions. */
export function ReportView({
  route,
  navigate,
}: {
  route: ReportRoute;
  navigate: (route: DashboardRoute) => void;
}) {
  const { t } = useLocale();
  const stored = useStoredViews();
  if (stored.state !== 'ready' || !stored.value.latest) return <ViewState loadable={stored} />;
  const { latest, periodsOf } = stored.value;
  const unit = route.unit ?? latest.rootUnitId;
  const period = route.period ?? latest.periodKey;
  return (
    <section aria-labelledby="report-heading" className="card">
      <h2 id="report-heading" className="no-print">
        {t('reportHeading')}
      </h2>
      <ReportBody
        unit={unit}
        period={period}
        root={latest.rootUnitId}
        rootName={latest.rootName}
        periods={periodsOf(latest.rootUnitId)}
        onChange={(next) => navigate({ view: 'report', unit, period, ...next })}
      />
    </section>
  );
}
