import type { StringKey } from '../../lib/i18n/strings';
import {
  COMPARE_TABLES,
  type CompareTable,
  type DashboardRoute,
  dashboardHash,
} from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';

type CompareRoute = Extract<DashboardRoute, { view: 'compare' }>;

const LABELS: Record<CompareTable, StringKey> = {
  peer: 'compareTabPeer',
  periods: 'compareTabPeriods',
  criteria: 'compareTabCriteria',
};

/** The three comparison tables as links: each is its own address, the current one marked. */
export function CompareTabs({ route }: { route: CompareRoute }) {
  const { t } = useLocale();
  const current = route.table ?? 'peer';
  return (
    <nav aria-label={t('compareTabsLabel')} className="compare-tabs no-print">
      <ul>
        {COMPARE_TABLES.map((table) => (
          <li key={table}>
            <a
              href={dashboardHash({
                view: 'compare',
                root: route.root,
                period: route.period,
                unit: route.unit,
                table,
              })}
              data-testid={`compare-tab-${table}`}
              aria-current={table === current ? 'page' : undefined}
            >
              {t(LABELS[table])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
