import type { RestoreSummary } from '../../lib/backup/restore';
import { formatCount, formatDateTime } from '../../lib/format/vietnamese';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { useLocale } from '../shared/locale';

function periodsText(keys: string[], locale: 'vi' | 'en'): string {
  return keys
    .map((key) => {
      const period = parsePeriodKey(key);
      return period ? periodLabel(period, locale) : key;
    })
    .join(', ');
}

/** The periods added, saying which of them this browser had nothing of (all, some or none). */
function periodsLine(
  summary: RestoreSummary,
  t: ReturnType<typeof useLocale>['t'],
  locale: 'vi' | 'en',
): string | false {
  const { periods, newPeriods } = summary;
  if (periods.length === 0) return false;
  if (newPeriods.length === periods.length) {
    return t('restorePeriodsAllNew', { periods: periodsText(periods, locale) });
  }
  const all = t('restorePeriods', { periods: periodsText(periods, locale) });
  return newPeriods.length === 0
    ? all
    : `${all} ${t('restoreNewPeriods', { periods: periodsText(newPeriods, locale) })}`;
}

/** What a checked file will add, before anything is written. */
export function RestorePreview({
  fileName,
  summary,
  onConfirm,
  onCancel,
  busy,
}: {
  fileName: string;
  summary: RestoreSummary;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t, locale } = useLocale();
  const n = (value: number) => formatCount(value, locale);
  const settingsChange =
    summary.profilesToAdd > 0 || summary.bandsRestored || summary.letterheadRestored;
  const lines = [
    summary.addCaptures > 0 && summary.knownCaptures === 0
      ? t('restoreWillAddAll', { count: n(summary.addCaptures) })
      : summary.addCaptures > 0
        ? t('restoreWillAdd', { count: n(summary.addCaptures), known: n(summary.knownCaptures) })
        : t('restoreNothingNew'),
    periodsLine(summary, t, locale),
    summary.roots.length > 0 && t('restoreRoots', { roots: summary.roots.join(', ') }),
    summary.newUnits > 0 && t('restoreUnits', { count: n(summary.newUnits) }),
    summary.newerRevisions > 0 && t('restoreNewer', { count: n(summary.newerRevisions) }),
    summary.importsSkipped > 0 && t('restoreImportsSkipped', { count: n(summary.importsSkipped) }),
    summary.profilesToAdd > 0 && t('restoreProfiles', { count: n(summary.profilesToAdd) }),
    summary.bandsRestored && t('restoreBands'),
    summary.letterheadRestored && t('restoreLetterhead'),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <div className="restore-preview" data-testid="restore-preview" data-add={summary.addCaptures}>
      <h3>
        {t('restorePreviewTitle', { file: fileName, time: formatDateTime(summary.createdAt) })}
      </h3>
      {summary.share && <p className="small">{t('restoreShareFile')}</p>}
      <ul className="small">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="row">
        <button
          type="button"
          className="primary"
          data-testid="restore-confirm"
          disabled={busy || (summary.addCaptures === 0 && !settingsChange)}
          onClick={onConfirm}
        >
          {t('restoreConfirm')}
        </button>
        <button type="button" data-testid="restore-cancel" onClick={onCancel}>
          {t('restoreCancel')}
        </button>
      </div>
    </div>
  );
}
