import { type ChangeEvent, useState } from 'react';
import { looksLikeLongCsv } from '../../lib/import/long-csv-import';
import { delimitedRows, rowsAsTsv } from '../../lib/import/table-text';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { useBackground } from '../shared/use-background';
import { ImportBatches } from './ImportBatches';
import { ImportPaste, type TableDefaults } from './ImportPaste';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportTemplateButtons } from './ImportTemplateButtons';
import { useImport } from './use-import';
import './import.css';

/**
 * Imported history (#/data): a colleague's long CSV, the template, or a pasted table; a
 * preview with every problem by line before anything is written.
 */
export function ImportPanel() {
  const { t } = useLocale();
  const [batches, reloadBatches] = useBackground(
    () => ask({ type: 'import:batches' }),
    [CAPTURES_CHANGED],
  );
  const flow = useImport(reloadBatches);
  const [defaults, setDefaults] = useState<TableDefaults>({ periodKey: null, measure: 'TOTAL' });

  const table = (
    format: 'template-csv' | 'template-xlsx' | 'paste',
    rows: string[][],
    raw: string,
  ) => ({
    kind: 'table' as const,
    format,
    raw,
    rows,
    periodKey: defaults.periodKey,
    measure: defaults.measure,
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      if (/\.xlsx$/i.test(file.name)) {
        const { readXlsxRows } = await import('../../lib/import/template-xlsx');
        const rows = await readXlsxRows(await file.arrayBuffer());
        await flow.show(table('template-xlsx', rows, rowsAsTsv(rows)), file.name);
        return;
      }
      const text = await file.text();
      await flow.show(
        looksLikeLongCsv(text)
          ? { kind: 'long-csv', text }
          : table('template-csv', delimitedRows(text), text),
        file.name,
      );
    } catch (error) {
      flow.fail(error);
    }
  };

  return (
    <section aria-labelledby="import-heading" className="card" data-testid="import-panel">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p className="muted small">{t('importIntro')}</p>
      <ImportTemplateButtons />
      <label className="stack">
        <span>{t('importFile')}</span>
        <input
          type="file"
          data-testid="import-input"
          accept=".csv,.tsv,.txt,.xlsx,text/csv"
          onChange={onFile}
        />
      </label>
      <ImportPaste
        defaults={defaults}
        onDefaults={setDefaults}
        onTable={(rows, raw) => flow.show(table('paste', rows, raw), t('importFormatPaste'))}
      />
      {flow.busy && <p className="muted">{t('importReading')}</p>}
      {flow.preview && (
        <ImportPreviewView
          preview={flow.preview}
          busy={flow.busy}
          onConfirm={flow.confirmNames}
          onApply={flow.apply}
          onCancel={flow.cancel}
        />
      )}
      <StatusMessage message={flow.message} testId="import-message" />
      {batches.state === 'ready' && <ImportBatches batches={batches.value} />}
    </section>
  );
}
