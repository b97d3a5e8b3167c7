import type { StringKey } from '../../lib/i18n/strings';
import {
  bareRoute,
  DASHBOARD_VIEWS,
  type DashboardView,
  dashboardHash,
} from '../../lib/routes/dashboard-route';
import { useLocale } from '../shared/locale';

const LABELS: Record<DashboardView, StringKey> = {
  overview: 'navOverview',
  report: 'navReport',
  compare: 'navCompare',
  trend: 'navTrend',
  data: 'navData',
  settings: 'navSettings',
};

/** One link per view; the current one says so to assistive technology. */
export function DashboardNav({ current }: { current: DashboardView }) {
  const { t } = useLocale();
  return (
    <nav aria-label={t('navLabel')} className="dashboard-nav no-print">
      <ul>
        {DASHBOARD_VIEWS.map((view) => (
          <li key={view}>
            <a
              href={dashboardHash(bareRoute(view))}
              data-testid={`nav-${view}`}
              aria-current={view === current ? 'page' : undefined}
            >
              {t(LABELS[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
