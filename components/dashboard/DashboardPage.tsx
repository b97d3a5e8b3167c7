import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { AnalysisPanel } from './AnalysisPanel';
import { BackupPanel } from './BackupPanel';
import { CompareView } from './CompareView';
import { DashboardNav } from './DashboardNav';
import { DeletePanel } from './DeletePanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LetterheadPanel } from './LetterheadPanel';
import { NeedsAttentionPanel } from './NeedsAttentionPanel';
import { ProfilesPanel } from './ProfilesPanel';
import { RatingBandsPanel } from './RatingBandsPanel';
import { ReportView } from './ReportView';
import { RestorePanel } from './RestorePanel';
import { SharePanel } from './SharePanel';
import { SnapshotsPanel } from './SnapshotsPanel';
import { StoragePanel } from './StoragePanel';
import { TrendView } from './TrendView';
import { useDashboardRoute } from './use-dashboard-route';
import './dashboard.css';

/** The dashboard: one view per hash route (`#/report?unit=…&period=…`), a nav bar above. */
export function DashboardPage() {
  const { t } = useLocale();
  const [route, navigate] = useDashboardRoute();
  return (
    <PageShell title={t('dashboardTitle')} nav={<DashboardNav current={route.view} />}>
      <div data-testid={`view-${route.view}`}>
        {route.view === 'overview' && (
          <>
            <CapturesSummaryView />
            <AnalysisPanel />
          </>
        )}
        {route.view === 'data' && (
          <>
            <ExportPanel />
            <NeedsAttentionPanel />
            <ImportPanel />
            <SnapshotsPanel />
            <CapturesSummaryView />
            <StoragePanel />
            <BackupPanel />
            <RestorePanel />
            <SharePanel />
            <DeletePanel />
          </>
        )}
        {route.view === 'settings' && (
          <>
            <ProfilesPanel />
            <RatingBandsPanel />
            <LetterheadPanel />
          </>
        )}
        {route.view === 'report' && <ReportView route={route} navigate={navigate} />}
        {route.view === 'compare' && <CompareView route={route} navigate={navigate} />}
        {route.view === 'trend' && <TrendView route={route} navigate={navigate} />}
      </div>
    </PageShell>
  );
}
