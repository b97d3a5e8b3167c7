import { useState } from 'react';
import { ask } from '../../lib/protocol/ask';
import { downloadText } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

export function ExportPanel() {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportCsv = (profile: 'standard' | 'excel-vn') => {
    setMessage(null);
    ask({ type: 'export:long-csv', profile }).then(
      ({ fileName, text }) => {
        downloadText(fileName, text);
        setMessage({ text: t('exportDone', { file: fileName }), error: false });
      },
      (error: unknown) => setMessage({ text: errorText(error, locale), error: true }),
    );
  };

  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <p className="muted small">{t('exportHint')}</p>
      <div className="row">
        <button type="button" data-testid="export-long-csv" onClick={() => exportCsv('standard')}>
          {t('exportLongCsv')}
        </button>
        <button
          type="button"
          data-testid="export-long-csv-excel"
          onClick={() => exportCsv('excel-vn')}
        >
          {t('exportLongCsvExcel')}
        </button>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
