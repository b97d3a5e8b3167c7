import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import type { ReportModel } from '../../lib/report/report-model';
import { renderReportText } from '../../lib/report/report-text';
import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { PeriodPicker } from './PeriodPicker';
import { ReportActions } from './ReportActions';
import { UnitSelect } from './UnitSelect';
import { useStoredViews } from './use-latest-view';
import { unitOptions, usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';

type ReportRoute = Extract<DashboardRoute, { view: 'report' }>;
const EVENTS = [CAPTURES_CHANGED] as const;

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

function ReportBody({
  unit,
  period,
  root,
  rootName,
  periods,
  onChange,
}: {
  unit: string;
  period: string;
  root: string;
  rootName: string | null;
  periods: string[];
  onChange: (next: { unit?: string; period?: string }) => void;
}) {
  const { locale } = useLocale();
  const [report] = useBackground<ReportModel | null>(
    () => ask({ type: 'report:build', unitId: unit, periodKey: period }),
    EVENTS,
    `${unit}|${period}`,
  );
  const options = unitOptions(
    usePeerRanking(root, period),
    rootName ? { id: root, name: rootName } : null,
  );
  const model = report.state === 'ready' ? report.value : null;
  const text = model ? renderReportText(model, { locale }) : null;
  return (
    <>
      <div className="pickers no-print">
        <UnitSelect
          value={unit}
          root={options.root}
          units={options.children}
          onChange={(id) => onChange({ unit: id })}
        />
        <PeriodPicker value={period} periods={periods} onChange={(p) => onChange({ period: p })} />
      </div>
      {model && text ? (
        <>
          <ReportActions model={model} text={text} />
          <div className="report-text" data-testid="report-text" data-unit={unit}>
            {text}
          </div>
        </>
      ) : (
        <ViewState loadable={report} />
      )}
    </>
  );
}
