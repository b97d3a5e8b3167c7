import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { fullScoreLine, measureLabel } from '../../lib/trend/measure-label';
import type { UnitTrend } from '../../lib/trend/unit-trend';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { MeasureSelect } from './MeasureSelect';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { UnitSelect } from './UnitSelect';
import { useStoredViews } from './use-latest-view';
import { unitOptions, usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';

type TrendRoute = Extract<DashboardRoute, { view: 'trend' }>;
const EVENTS = [CAPTURES_CHANGED] as const;

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

function TrendBody({
  unit,
  criterion,
  root,
  rootName,
  period,
  onChange,
}: {
  unit: string;
  criterion: string | null;
  root: string;
  rootName: string | null;
  period: string;
  onChange: (next: { unit?: string; criterion?: string | null }) => void;
}) {
  const { t, locale } = useLocale();
  const [trend] = useBackground<UnitTrend | null>(
    () => ask({ type: 'trend:unit', unitId: unit, ...(criterion ? { criterion } : {}) }),
    EVENTS,
    `${unit}|${criterion ?? ''}`,
  );
  const options = unitOptions(
    usePeerRanking(root, period),
    rootName ? { id: root, name: rootName } : null,
  );
  const series = trend.state === 'ready' ? trend.value : null;
  const measure = series ? measureLabel(series.measure, locale) : '';
  const name = series?.unit.name ?? unit;
  return (
    <>
      <div className="pickers">
        <UnitSelect
          value={unit}
          root={options.root}
          units={options.children}
          onChange={(id) => onChange({ unit: id })}
        />
        <MeasureSelect
          value={criterion ?? ''}
          onChange={(c) => onChange({ criterion: c === '' ? null : c })}
        />
      </div>
      {series ? (
        <>
          <TrendChart
            points={series.points}
            fullScore={fullScoreLine(series.measure)}
            label={t('trendChartLabel', { measure, unit: name })}
          />
          <TrendTable
            points={series.points}
            caption={t('trendTableCaption', { measure, unit: name })}
          />
        </>
      ) : (
        <ViewState loadable={trend} />
      )}
    </>
  );
}
