import { AnnotationsToggle } from './AnnotationsToggle';
import { CaptureAllPanel } from './CaptureAllPanel';
import { CapturesSummaryView } from './CapturesSummaryView';
import { useLocale } from './locale';
import { PageShell } from './PageShell';
import { ScorecardPanel } from './ScorecardPanel';

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
