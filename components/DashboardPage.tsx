import { AnalysisPanel } from './AnalysisPanel';
import { CapturesSummaryView } from './CapturesSummaryView';
import { ExportPanel } from './ExportPanel';
import { useLocale } from './locale';
import { PageShell } from './PageShell';
import { ProfilesPanel } from './ProfilesPanel';
import { RatingBandsPanel } from './RatingBandsPanel';
import { SnapshotsPanel } from './SnapshotsPanel';

export function DashboardPage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('dashboardTitle')}>
      <CapturesSummaryView />
      <AnalysisPanel />
      <ExportPanel />
      <SnapshotsPanel />
      <ProfilesPanel />
      <RatingBandsPanel />
    </PageShell>
  );
}
