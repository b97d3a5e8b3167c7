import { useEffect, useState } from 'react';
import { movers } from '../lib/analysis/trends';
import { criterionBadge, unitBadge } from '../lib/annotator/badge-text';
import type { SnapshotSummary } from '../lib/db/snapshots';
import { formatNumber } from '../lib/format/vietnamese';
import { ask } from '../lib/messaging/client';
import { CAPTURES_CHANGED } from '../lib/messaging/events';
import type { AnalysisView } from '../lib/messaging/responses';
import { endpointLabel } from '../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../lib/model/period';
import { ratingBandsItem, targetProfilesItem } from '../lib/settings/target-profiles';
import { BadgeParts } from './BadgeParts';
import { useLocale } from './locale';
import { useBackground } from './use-background';

const EVENTS = [CAPTURES_CHANGED] as const;
const KIND_LABEL: Record<string, string> = {
  NATION: 'Cả nước',
  PROVINCE: 'Tỉnh',
  AGENCY: 'Sở, ngành',
  COMMUNE: 'Xã, phường',
};

function snapshotLabel(s: SnapshotSummary): string {
  const period = s.periodKey ? parsePeriodKey(s.periodKey) : null;
  return [
    period ? periodLabel(period) : '—',
    s.rootName ?? s.rootUnitId,
    endpointLabel(s.endpoint),
  ].join(' — ');
}

function Report({ view }: { view: AnalysisView }) {
  const { annotations } = view;
  const root = annotations.units.find((u) => u.unitId === view.snapshot.rootUnitId);
  const children = annotations.units
    .filter((u) => u.unitId !== view.snapshot.rootUnitId)
    .sort((a, b) => (a.rank?.rank ?? Number.MAX_VALUE) - (b.rank?.rank ?? Number.MAX_VALUE));
  const targeted = (root?.criteria ?? []).filter((c) => c.target.status !== 'no-target');
  const moved = movers(
    children.map((u) => ({ unitId: u.unitId, name: u.name, delta: u.delta.delta })),
    5,
  );
  return (
    <>
      {root && (
        <div className="root-summary" data-testid="root-summary">
          <p>
            <strong>{root.name}</strong>: {formatNumber(root.score)}
            {root.maxScore !== null && `/${formatNumber(root.maxScore)}`} điểm{' '}
            <BadgeParts model={unitBadge(root, annotations)} />
          </p>
          {targeted.length > 0 && (
            <ul className="targets" data-testid="root-targets">
              {targeted.map((c) => (
                <li key={c.code} data-criterion={c.code} data-status={c.target.status}>
                  {c.name}: {c.ratio === null ? '—' : `${formatNumber(c.ratio)}%`}{' '}
                  <BadgeParts model={criterionBadge(root, c, annotations)} />
                </li>
              ))}
            </ul>
          )}
          {annotations.profileName && (
            <p className="muted small">Mục tiêu theo: {annotations.profileName}</p>
          )}
        </div>
      )}
      {(moved.improvers.length > 0 || moved.decliners.length > 0) && (
        <div className="row movers" data-testid="movers">
          <div>
            <h3>Tăng điểm nhiều nhất</h3>
            <ol>
              {moved.improvers.map((m) => (
                <li key={m.unitId}>
                  {m.name} <span className="tone-good">▲ {formatNumber(m.delta)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h3>Giảm điểm nhiều nhất</h3>
            <ol>
              {moved.decliners.map((m) => (
                <li key={m.unitId}>
                  {m.name}{' '}
                  <span className="tone-bad">▼ {formatNumber(Math.abs(m.delta ?? 0))}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
      <table className="data" data-testid="analysis-table">
        <thead>
          <tr>
            <th scope="col">Hạng</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Loại</th>
            <th scope="col" className="num">
              Điểm
            </th>
            <th scope="col">So với kỳ trước, thứ hạng</th>
            <th scope="col">Chỉ tiêu có mục tiêu</th>
          </tr>
        </thead>
        <tbody>
          {children.map((unit) => (
            <tr key={unit.unitId} data-unit-id={unit.unitId}>
              <td className="num" data-col="rank">
                {unit.rank?.rank != null ? `${unit.rank.rank}/${unit.rank.of}` : '—'}
              </td>
              <th scope="row">{unit.name}</th>
              <td>{KIND_LABEL[unit.kind] ?? unit.kind}</td>
              <td className="num" data-col="score">
                {formatNumber(unit.score)}
              </td>
              <td data-col="trend">
                <BadgeParts model={unitBadge(unit, annotations)} />
              </td>
              <td data-col="targets">
                {unit.criteria
                  .filter((c) => c.target.status !== 'no-target')
                  .map((c) => (
                    <div key={c.code} data-criterion={c.code} data-status={c.target.status}>
                      <span className="muted small">{c.name}: </span>
                      <BadgeParts model={criterionBadge(unit, c, annotations)} />
                    </div>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** One snapshot analysed: the root's targets, and its children ranked with Δ and rank change. */
export function AnalysisPanel() {
  const { t } = useLocale();
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
              {snapshotLabel(s)}
            </option>
          ))}
        </select>
      </label>
      {view.state === 'error' && (
        <p role="alert" className="error">
          {view.error}
        </p>
      )}
      {view.state === 'ready' && view.value && <Report view={view.value} />}
    </section>
  );
}
