import { CapturesSummaryView } from './CapturesSummaryView';
import { useLocale } from './locale';
import { PageShell } from './PageShell';

export function DashboardPage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('dashboardTitle')}>
      <CapturesSummaryView />
    </PageShell>
  );
}
