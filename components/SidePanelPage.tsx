import { CaptureAllPanel } from './CaptureAllPanel';
import { CapturesSummaryView } from './CapturesSummaryView';
import { useLocale } from './locale';
import { PageShell } from './PageShell';

export function SidePanelPage() {
  const { t } = useLocale();
  return (
    <PageShell title={t('sidePanelTitle')}>
      <CaptureAllPanel />
      <CapturesSummaryView compact />
    </PageShell>
  );
}
