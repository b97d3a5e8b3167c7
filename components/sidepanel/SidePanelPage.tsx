import { AnnotationsToggle } from '../shared/AnnotationsToggle';
import { CapturesSummaryView } from '../shared/CapturesSummaryView';
import { useLocale } from '../shared/locale';
import { PageShell } from '../shared/PageShell';
import { CaptureAllPanel } from './CaptureAllPanel';
import { ScorecardPanel } from './ScorecardPanel';
import './panel.css';

export function SidePanelPage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('sidePanelTitle')}>
      <AnnotationsToggle />
      <ScorecardPanel />
      <CaptureAllPanel />
      <CapturesSummaryView compact />
    </PageShell>
  );
}
