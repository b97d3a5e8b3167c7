import { useState } from 'react';
import type { KindFilter } from '../../lib/compare/period-data';
import { ask } from '../../lib/protocol/ask';
import { downloadBlob } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ranking workbook (.xlsx) of what the comparison view shows, built in the page. */
export function WorkbookButton({
  root,
  period,
  kind,
  highlight,
}: {
  root: string;
  period: string;
  kind: KindFilter;
  highlight: string | null;
}) {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const download = async () => {
    setMessage(null);
    try {
      const reply = await ask({
        type: 'compare:workbook',
        rootUnitId: root,
        periodKey: period,
        kind,
        highlightUnitId: highlight,
      });
      if (!reply) {
        setMessage({ text: t('viewNoData'), error: true });
        return;
      }
      // ExcelJS is large and only this button needs it: loaded on demand.
      const { buildRankingWorkbook, rankingWorkbookFileName } = await import(
        '../../lib/export/ranking-workbook'
      );
      const data = { ...reply, generatedAt: new Date(reply.generatedAt) };
      const bytes = await buildRankingWorkbook(data);
      const file = rankingWorkbookFileName(data);
      downloadBlob(file, new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      setMessage({ text: t('compareXlsxDone', { file }), error: false });
    } catch (error) {
      setMessage({ text: errorText(error, locale), error: true });
    }
  };

  return (
    <div>
      <button type="button" data-testid="export-xlsx" onClick={download}>
        {t('compareXlsx')}
      </button>
      <StatusMessage message={message} testId="xlsx-message" />
    </div>
  );
}
