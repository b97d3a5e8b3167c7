import { useState } from 'react';
import type { CsvProfile } from '../../lib/export/csv-profiles';
import { downloadText } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

/**
 * The table as shown (filters and order applied) as CSV, in the standard profile or for Excel
 * on a Vietnamese Windows (BOM, `;`, decimal comma). `name` is the file name without profile
 * and extension.
 */
export function TableCsvButtons({
  name,
  build,
}: {
  name: string;
  build: (profile: CsvProfile) => string;
}) {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const download = (profile: CsvProfile) => {
    try {
      const file = `${name}${profile === 'excel-vn' ? '-excel' : ''}.csv`.replace(/[^\w.-]/g, '_');
      downloadText(file, build(profile));
      setMessage({ text: t('compareXlsxDone', { file }), error: false });
    } catch (error) {
      setMessage({ text: errorText(error, locale), error: true });
    }
  };
  return (
    <div className="csv-buttons">
      <div className="row">
        <button type="button" data-testid="export-table-csv" onClick={() => download('standard')}>
          {t('compareCsv')}
        </button>
        <button
          type="button"
          data-testid="export-table-csv-excel"
          onClick={() => download('excel-vn')}
        >
          {t('compareCsvExcel')}
        </button>
      </div>
      <StatusMessage message={message} testId="csv-message" />
    </div>
  );
}
