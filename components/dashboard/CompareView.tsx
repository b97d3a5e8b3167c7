import { useMemo, useState } from 'react';
import type { KindFilter } from '../../lib/compare/period-data';
import { filterRows } from '../../lib/compare/table-sort';
import type { DashboardRoute } from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';
import { PeerTable } from './PeerTable';
import { PeriodPicker } from './PeriodPicker';
import { useStoredViews } from './use-latest-view';
import { usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';
import { WorkbookButton } from './WorkbookButton';

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

function CompareBody({
  root,
  period,
  highlight,
  periods,
  onPeriod,
}: {
  root: string;
  period: string;
  highlight: string | null;
  periods: string[];
  onPeriod: (periodKey: string) => void;
}) {
  const { t } = useLocale();
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const ranking = usePeerRanking(root, period, kind);
  const table = ranking.state === 'ready' ? ranking.value : null;
  const rows = useMemo(() => (table ? filterRows(table.rows, { search }) : []), [table, search]);
  return (
    <>
      <div className="pickers">
        <PeriodPicker value={period} periods={periods} onChange={onPeriod} />
        <label>
          {t('compareKind')}
          <select
            data-testid="compare-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as KindFilter)}
          >
            <option value="all">{t('compareKindAll')}</option>
            <option value="AGENCY">{t('compareKindAgencies')}</option>
            <option value="COMMUNE">{t('compareKindCommunes')}</option>
          </select>
        </label>
        <label>
          {t('compareSearch')}
          <input
            type="search"
            data-testid="compare-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        {table && <WorkbookButton root={root} period={period} kind={kind} highlight={highlight} />}
      </div>
      {table ? (
        <>
          <p className="muted small" data-testid="compare-count">
            {t('compareCount', { shown: rows.length, total: table.rows.length })}
            {table.provisional && ` ${t('compareProvisional')}`}
          </p>
          <PeerTable table={table} rows={rows} highlight={highlight} />
        </>
      ) : (
        <ViewState loadable={ranking} />
      )}
    </>
  );
}
