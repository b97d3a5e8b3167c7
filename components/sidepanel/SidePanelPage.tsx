import { AnnotationsToggle } from '../shared/AnnotationsToggle';
import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { CaptureAllPanel } from './CaptureAllPanel';
import { ScorecardPanel } from './ScorecardPanel';
import { UnitListView } from './UnitListView';
import './panel.css';

export function SidePanelPage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('sidePanelTitle')}>
      <AnnotationsToggle />
      <ScorecardPanel />
      <UnitListView />
      <CaptureAllPanel />
      <CapturesSummaryView compact />
    </PageShell>
  );
}
