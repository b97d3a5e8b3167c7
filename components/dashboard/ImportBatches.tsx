import { formatDateTime } from '../../lib/format/vietnamese';
import type { ImportBatchSummary } from '../../lib/import/preview';
import { useLocale } from '../shared/locale';

/** What was imported so far, newest first. */
export function ImportBatches({ batches }: { batches: readonly ImportBatchSummary[] }) {
  const { t } = useLocale();
  if (batches.length === 0) return null;
  return (
    <div data-testid="import-batches">
      <h3>{t('importBatchesHeading')}</h3>
      <ul>
        {batches.map((b) => (
          <li key={b.id}>
            {t('importBatchLine', {
              file: b.fileName,
              count: b.values,
              periods: b.periods.join(', '),
              time: formatDateTime(b.storedAt),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
