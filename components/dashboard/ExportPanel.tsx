import { useState } from 'react';
import { receiveLongCsv } from '../../lib/protocol/long-csv-port';
import { downloadBlob } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

export function ExportPanel() {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportCsv = (profile: 'standard' | 'excel-vn') => {
    setMessage(null);
    receiveLongCsv(profile).then(
      ({ fileName, blob }) => {
        downloadBlob(fileName, blob);
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
