import type { StringKey } from '../../lib/i18n/strings';
import type { ImportPreview } from '../../lib/import/preview';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { useLocale } from '../shared/locale';
import { ImportIssues } from './ImportIssues';
import { ImportQuestions } from './ImportQuestions';
import { ImportSample } from './ImportSample';

const FORMAT_KEY: Record<Exclude<ImportPreview['format'], 'long-csv'>, StringKey> = {
  'template-csv': 'importFormatTemplateCsv',
  'template-xlsx': 'importFormatTemplateXlsx',
  paste: 'importFormatPaste',
};

/** What an import would write, its problems and questions, and the buttons that write it. */
export function ImportPreviewView({
  preview,
  busy,
  onConfirm,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  onConfirm: (names: Record<string, string>) => void;
  onApply: (dropBadRows: boolean) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useLocale();
  const source =
    preview.format === 'long-csv'
      ? t('importFormatLong', {
          profile: t(
            preview.profile === 'excel-vn' ? 'importProfileExcel' : 'importProfileStandard',
          ),
        })
      : t(FORMAT_KEY[preview.format]);
  const clean = preview.issueCount === 0;
  return (
    <div
      className="import-preview"
      data-testid="import-preview"
      data-profile={preview.profile ?? ''}
    >
      <p data-testid="import-summary">
        {t('importSummary', {
          source,
          lines: preview.lines,
          good: preview.good,
          units: preview.units,
          periods:
            preview.periods
              .map((k) => {
                const period = parsePeriodKey(k);
                return period ? periodLabel(period, locale) : k;
              })
              .join(', ') || '—',
        })}
      </p>
      {preview.captured > 0 && (
        <p className="muted">{t('importCaptured', { count: preview.captured })}</p>
      )}
      {preview.alreadyImported && <p className="muted">{t('importAlready')}</p>}
      <ImportQuestions questions={preview.questions} onConfirm={onConfirm} />
      <ImportIssues issues={preview.issues} total={preview.issueCount} lines={preview.badLines} />
      <ImportSample rows={preview.sample} />
      <div className="row">
        {clean && preview.good > 0 && (
          <button
            type="button"
            data-testid="import-apply"
            disabled={busy}
            onClick={() => onApply(false)}
          >
            {t('importApply', { count: preview.good })}
          </button>
        )}
        {!clean && preview.good > 0 && (
          <button
            type="button"
            data-testid="import-apply-drop"
            disabled={busy}
            onClick={() => onApply(true)}
          >
            {t('importDropBad', { lines: preview.badLines })}
          </button>
        )}
        <button type="button" data-testid="import-cancel" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
