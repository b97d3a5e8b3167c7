import { type ClipboardEvent, useState } from 'react';
import { delimitedRows, htmlTableRows, rowsAsTsv } from '../../lib/import/table-text';
import { GROUPS } from '../../lib/model/groups';
import { useLocale } from '../shared/locale';

export interface TableDefaults {
  periodKey: string | null;
  measure: string | null;
}

/**
 * A table pasted from the clipboard: the HTML a browser copies from a page (the old portal's
 * tables) is read into cells, Excel's tab-separated text as it is. The period and measure
 * apply to tables that have no column for them.
 */
export function ImportPaste({
  defaults,
  onDefaults,
  onTable,
}: {
  defaults: TableDefaults;
  onDefaults: (d: TableDefaults) => void;
  onTable: (rows: string[][], raw: string) => void;
}) {
  const { t, locale } = useLocale();
  const [text, setText] = useState('');

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const rows = html
      ? htmlTableRows(html, (h) => new DOMParser().parseFromString(h, 'text/html'))
      : null;
    if (!rows || rows.length === 0) return; // plain text goes into the box as it is
    event.preventDefault();
    setText(rowsAsTsv(rows));
  };

  const preview = () => {
    const rows = delimitedRows(text);
    onTable(rows, rowsAsTsv(rows));
  };

  return (
    <div className="import-paste">
      <label className="stack">
        <span>{t('importPasteLabel')}</span>
        <textarea
          data-testid="import-paste"
          rows={5}
          value={text}
          placeholder={t('importPastePlaceholder')}
          onPaste={onPaste}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="import-defaults">
        <label>
          <span>{t('importPeriodLabel')}</span>
          <input
            data-testid="import-period"
            placeholder="2025-08"
            size={10}
            value={defaults.periodKey ?? ''}
            onChange={(e) => onDefaults({ ...defaults, periodKey: e.target.value.trim() || null })}
          />
        </label>
        <label>
          <span>{t('importMeasureLabel')}</span>
          <select
            data-testid="import-measure"
            value={defaults.measure ?? 'TOTAL'}
            onChange={(e) => onDefaults({ ...defaults, measure: e.target.value })}
          >
            <option value="TOTAL">{t('importMeasureTotal')}</option>
            {GROUPS.map((g) => (
              <option key={g.code} value={g.code}>
                {`${g.code} — ${locale === 'vi' ? g.name : g.nameEn}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button
        type="button"
        data-testid="import-paste-preview"
        disabled={text.trim() === ''}
        onClick={preview}
      >
        {t('importPreviewPaste')}
      </button>
    </div>
  );
}
