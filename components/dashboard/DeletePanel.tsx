import { useState } from 'react';
import type { DeleteTarget } from '../../lib/backup/delete-data';
import type { SnapshotSummary } from '../../lib/db/snapshots';
import { formatCount } from '../../lib/format/vietnamese';
import { subjectLabel } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { useBackground } from '../shared/use-background';
import { DeleteConfirm } from './DeleteConfirm';

const EVENTS = [CAPTURES_CHANGED] as const;
type Kind = DeleteTarget['kind'];

/** Delete a snapshot, a period or everything; always through a confirmation. */
export function DeletePanel() {
  const { t, locale } = useLocale();
  const [snapshots] = useBackground<SnapshotSummary[]>(
    () => ask({ type: 'snapshots:list' }),
    EVENTS,
  );
  const [kind, setKind] = useState<Kind>('snapshot');
  const [which, setWhich] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const list = snapshots.state === 'ready' ? snapshots.value : [];
  const periodText = (key: string) => {
    const period = parsePeriodKey(key);
    return period ? periodLabel(period, locale) : key;
  };
  const snapshotText = (s: SnapshotSummary) =>
    [
      s.periodKey ? periodText(s.periodKey) : '—',
      s.rootName ?? s.rootUnitId ?? '—',
      subjectLabel(s.subject, s.endpoint, locale),
    ].join(' — ');
  const periods = [...new Set(list.flatMap((s) => (s.periodKey ? [s.periodKey] : [])))]
    .sort()
    .reverse();
  const options =
    kind === 'snapshot'
      ? list.map((s) => ({ value: s.key, label: snapshotText(s) }))
      : kind === 'period'
        ? periods.map((p) => ({ value: p, label: periodText(p) }))
        : [];
  const chosen =
    kind === 'all'
      ? ''
      : options.some((o) => o.value === which)
        ? which
        : (options[0]?.value ?? '');

  const question = () => {
    if (kind === 'all') return t('deleteConfirmAll', { count: formatCount(list.length, locale) });
    if (kind === 'period') {
      const count = list.filter((s) => s.periodKey === chosen).length;
      return t('deleteConfirmPeriod', {
        period: periodText(chosen),
        count: formatCount(count, locale),
      });
    }
    const s = list.find((x) => x.key === chosen);
    return t('deleteConfirmSnapshot', {
      name: s ? snapshotText(s) : chosen,
      count: formatCount(s?.revisions ?? 0, locale),
    });
  };
  const target = (): DeleteTarget =>
    kind === 'all'
      ? { kind }
      : kind === 'period'
        ? { kind, periodKey: chosen }
        : { kind, snapshotKey: chosen };
  const remove = () => {
    setBusy(true);
    ask({ type: 'data:delete', target: target() })
      .then(({ captures }) =>
        setMessage({
          text: t('deleteDone', { count: formatCount(captures, locale) }),
          error: false,
        }),
      )
      .catch((error: unknown) => setMessage({ text: errorText(error, locale), error: true }))
      .finally(() => {
        setBusy(false);
        setConfirming(false);
      });
  };

  return (
    <section aria-labelledby="delete-heading" className="card" data-testid="delete-panel">
      <h2 id="delete-heading">{t('deleteHeading')}</h2>
      <p className="muted small">{t('deleteIntro')}</p>
      {list.length === 0 ? (
        <p className="small">{t('deleteNothing')}</p>
      ) : (
        <div className="row delete-choice">
          <label>
            {t('deleteWhat')}{' '}
            <select
              data-testid="delete-kind"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as Kind);
                setConfirming(false);
              }}
            >
              <option value="snapshot">{t('deleteKindSnapshot')}</option>
              <option value="period">{t('deleteKindPeriod')}</option>
              <option value="all">{t('deleteKindAll')}</option>
            </select>
          </label>
          {kind !== 'all' && (
            <label>
              {t('deleteWhich')}{' '}
              <select
                data-testid="delete-which"
                value={chosen}
                onChange={(e) => {
                  setWhich(e.target.value);
                  setConfirming(false);
                }}
              >
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            data-testid="delete-start"
            disabled={confirming}
            onClick={() => setConfirming(true)}
          >
            {t('deleteStart')}
          </button>
        </div>
      )}
      {confirming && list.length > 0 && (
        <DeleteConfirm
          question={question()}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
      <StatusMessage message={message} testId="delete-message" />
    </section>
  );
}
