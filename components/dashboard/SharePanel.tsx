import { useState } from 'react';
import type { SnapshotSummary } from '../../lib/db/snapshots';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { useBackground } from '../shared/use-background';
import { useBackupDownload } from './use-backup-download';

const EVENTS = [CAPTURES_CHANGED] as const;

function choices(snapshots: SnapshotSummary[]) {
  const roots = new Map<string, string>();
  const periods = new Set<string>();
  for (const s of snapshots) {
    if (s.rootUnitId) roots.set(s.rootUnitId, s.rootName ?? s.rootUnitId);
    if (s.periodKey) periods.add(s.periodKey);
  }
  return {
    roots: [...roots].sort((a, b) => a[1].localeCompare(b[1], 'vi')),
    periods: [...periods].sort().reverse(),
  };
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** A share file: the backup format cut to the roots and periods an office hands on. */
export function SharePanel() {
  const { t, locale } = useLocale();
  const [snapshots] = useBackground(() => ask({ type: 'snapshots:list' }), EVENTS);
  const [roots, setRoots] = useState<string[]>([]);
  const [periods, setPeriods] = useState<string[]>([]);
  const { download, message, busy } = useBackupDownload();
  if (snapshots.state !== 'ready' || snapshots.value.length === 0) return null;
  const options = choices(snapshots.value);
  const ready = roots.length > 0 && periods.length > 0;
  return (
    <section aria-labelledby="share-heading" className="card" data-testid="share-panel">
      <h2 id="share-heading">{t('shareHeading')}</h2>
      <p className="muted small">{t('shareIntro')}</p>
      <div className="share-choices">
        <fieldset>
          <legend>{t('shareRoots')}</legend>
          {options.roots.map(([id, name]) => (
            <label key={id}>
              <input
                type="checkbox"
                data-testid={`share-root-${id}`}
                checked={roots.includes(id)}
                onChange={(e) => setRoots(toggle(roots, id, e.target.checked))}
              />
              {name}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('sharePeriods')}</legend>
          {options.periods.map((key) => {
            const period = parsePeriodKey(key);
            return (
              <label key={key}>
                <input
                  type="checkbox"
                  data-testid={`share-period-${key}`}
                  checked={periods.includes(key)}
                  onChange={(e) => setPeriods(toggle(periods, key, e.target.checked))}
                />
                {period ? periodLabel(period, locale) : key}
              </label>
            );
          })}
        </fieldset>
      </div>
      {!ready && <p className="muted small">{t('shareNeedChoice')}</p>}
      <button
        type="button"
        data-testid="share-download"
        disabled={!ready || busy}
        onClick={() => download({ rootUnitIds: roots, periodKeys: periods })}
      >
        {t('shareDownload')}
      </button>
      <StatusMessage message={message} testId="share-message" />
    </section>
  );
}
