import { useState } from 'react';
import { buildTemplateCsv, TEMPLATE_CSV_NAME, TEMPLATE_XLSX_NAME } from '../../lib/import/template';
import { downloadBlob, downloadText } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template for figures typed from old reports, as CSV for Excel VN or as .xlsx. */
export function ImportTemplateButtons() {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const csv = () => {
    downloadText(TEMPLATE_CSV_NAME, buildTemplateCsv());
    setMessage({ text: t('importTemplateDone', { file: TEMPLATE_CSV_NAME }), error: false });
  };
  const xlsx = async () => {
    try {
      // ExcelJS is large: loaded only when asked for.
      const { buildTemplateXlsx } = await import('../../lib/import/template-xlsx');
      const bytes = await buildTemplateXlsx();
      downloadBlob(TEMPLATE_XLSX_NAME, new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      setMessage({ text: t('importTemplateDone', { file: TEMPLATE_XLSX_NAME }), error: false });
    } catch (error) {
      setMessage({ text: errorText(error, locale), error: true });
    }
  };
  return (
    <div>
      <div className="row">
        <button type="button" data-testid="import-template-csv" onClick={csv}>
          {t('importTemplateCsv')}
        </button>
        <button type="button" data-testid="import-template-xlsx" onClick={xlsx}>
          {t('importTemplateXlsx')}
        </button>
      </div>
      <StatusMessage message={message} />
    </div>
  );
}
