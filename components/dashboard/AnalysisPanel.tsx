import { useEffect, useState } from 'react';
import type { SnapshotSummary } from '../../lib/db/snapshots';
import type { Locale } from '../../lib/format/vietnamese';
import { subjectLabel } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import type { AnalysisView } from '../../lib/protocol/replies';
import { ratingBandsItem, targetProfilesItem } from '../../lib/settings/target-profiles';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { AnalysisReport } from './AnalysisReport';

const EVENTS = [CAPTURES_CHANGED] as const;

function snapshotLabel(s: SnapshotSummary, locale: Locale): string {
  const period = s.periodKey ? parsePeriodKey(s.periodKey) : null;
  return [
    period ? periodLabel(period, locale) : '—',
    s.rootName ?? s.rootUnitId,
    subjectLabel(s.subject, s.endpoint, locale),
  ].join(' — ');
}

/** One snapshot analysed: the root's targets, and its children ranked with Δ and rank change. */
export function AnalysisPanel() {
  const { t, locale } = useLocale();
  const [snapshots] = useBackground<SnapshotSummary[]>(
    () => ask({ type: 'snapshots:list' }),
    EVENTS,
  );
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [view, reload] = useBackground<AnalysisView | null>(
    () => ask({ type: 'analysis:view', ...(selected ? { snapshotKey: selected } : {}) }),
    EVENTS,
    selected,
  );
  // Targets and bands are judged by the background from storage: re-ask when they change.
  useEffect(() => {
    const unwatch = [targetProfilesItem.watch(reload), ratingBandsItem.watch(reload)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [reload]);
  if (snapshots.state !== 'ready' || snapshots.value.length === 0) return null;
  return (
    <section aria-labelledby="analysis-heading" className="card">
      <h2 id="analysis-heading">{t('analysisHeading')}</h2>
      <label>
        {t('analysisPick')}{' '}
        <select
          data-testid="analysis-select"
          value={selected ?? (view.state === 'ready' ? (view.value?.snapshot.key ?? '') : '')}
          onChange={(e) => setSelected(e.target.value)}
        >
          {snapshots.value.map((s) => (
            <option key={s.key} value={s.key}>
              {snapshotLabel(s, locale)}
            </option>
          ))}
        </select>
      </label>
      {view.state === 'error' && (
        <p role="alert" className="error">
          {view.error}
        </p>
      )}
      {view.state === 'ready' && view.value && <AnalysisReport view={view.value} />}
    </section>
  );
}
