import { AnnotationsToggle } from '../shared/AnnotationsToggle';
import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { CaptureAllPanel } from './CaptureAllPanel';
import { ScorecardPanel } from './ScorecardPanel';
import { UnitListView } from './UnitListView';
import { useViewStatus } from './use-view-status';
import './panel.css';

export function SidePanelPage() {
  const { t } = useLocale();
  // One ask for the scorecard and the list view: both follow the view the page shows.
  const [status] = useViewStatus();
  return (
    <PageShell title={t('sidePanelTitle')}>
      <AnnotationsToggle />
      <ScorecardPanel status={status} />
      <UnitListView status={status} />
      <CaptureAllPanel />
      <CapturesSummaryView compact />
    </PageShell>
  );
}
