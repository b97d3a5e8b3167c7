import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { AnalysisPanel } from './AnalysisPanel';
import { ExportPanel } from './ExportPanel';
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
