import { useEffect, useState } from 'react';
import type { Scorecard } from '../lib/analysis/scorecard';
import type { ViewStatus } from '../lib/capture/capture-all-controller';
import { formatNumber } from '../lib/format/vietnamese';
import { ask } from '../lib/messaging/client';
import { CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED } from '../lib/messaging/events';
import { GROUPS } from '../lib/model/groups';
import { periodKey } from '../lib/model/period';
import { CriterionRow } from './CriterionRow';
import { UnitPicker } from './UnitPicker';
import { useBackground } from './use-background';

const VIEW_EVENTS = [CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED] as const;
const CARD_EVENTS = [CAPTURES_CHANGED] as const;

function Total({ card }: { card: Scorecard }) {
  if (!card.total) {
    return <p className="muted">Chưa đủ 6 nhóm để có tổng điểm; dùng “Lưu các nhóm còn thiếu”.</p>;
  }
  const { total } = card;
  return (
    <p className="headline" data-testid="scorecard-total">
      {formatNumber(total.score)}/100 điểm
      {total.rating && ` — ${total.rating}`}
      {total.rank?.rank != null && ` — hạng ${total.rank.rank}/${total.rank.of}`}
      {total.derived && <span className="muted small"> (cộng từ 6 nhóm)</span>}
    </p>
  );
}

/** The scorecard of the unit the official picks, for the province and period the page shows. */
export function ScorecardPanel() {
  const [status] = useBackground<ViewStatus>(() => ask({ type: 'view:status' }), VIEW_EVENTS);
  const view = status.state === 'ready' ? status.value.view : null;
  const viewKey = view ? `${view.rootUnitId}|${periodKey(view.period)}` : '';
  const [choice, setChoice] = useState<{ unitId?: string; periodKey?: string }>({});

  // The panel follows the page: a new province or period on the portal resets the period.
  useEffect(() => {
    const [, key] = viewKey.split('|');
    setChoice((c) => ({
      ...(c.unitId ? { unitId: c.unitId } : {}),
      ...(key ? { periodKey: key } : {}),
    }));
  }, [viewKey]);

  const [card] = useBackground<Scorecard | null>(
    () =>
      ask({
        type: 'scorecard',
        ...(view ? { rootUnitId: view.rootUnitId } : {}),
        ...(choice.periodKey ? { periodKey: choice.periodKey } : {}),
        ...(choice.unitId ? { unitId: choice.unitId } : {}),
      }),
    CARD_EVENTS,
    `${viewKey}|${choice.periodKey ?? ''}|${choice.unitId ?? ''}`,
  );
  if (card.state !== 'ready' || !card.value) return null;
  const c = card.value;
  return (
    <section aria-labelledby="scorecard-heading" className="card" data-testid="scorecard">
      <h2 id="scorecard-heading" data-testid="scorecard-unit">
        {c.unit.name} — {c.periodLabel}
        {c.provisional && <span className="muted small"> (tạm tính)</span>}
      </h2>
      <div className="row">
        <UnitPicker
          units={c.units}
          value={c.unit.id}
          onChange={(unitId) => setChoice({ ...choice, unitId })}
        />
        <label>
          Kỳ{' '}
          <select
            data-testid="period-select"
            value={c.periodKey}
            onChange={(e) => setChoice({ ...choice, periodKey: e.target.value })}
          >
            {c.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Total card={c} />
      <ul className="groups" aria-label="Điểm theo nhóm chỉ số">
        {c.groups.map((g) => (
          <li key={g.code} data-group={g.code}>
            <span className="group-name">{g.name}</span>
            <meter
              min={0}
              max={g.maxScore}
              value={g.score ?? 0}
              aria-label={`${g.name}: ${formatNumber(g.score)}/${g.maxScore}`}
            />
            <span className="num" data-testid={`group-score-${g.code}`}>
              {g.stored ? `${formatNumber(g.score)}/${g.maxScore}` : 'chưa lưu'}
            </span>
            {g.rank?.rank != null && (
              <span className="muted small">
                hạng {g.rank.rank}/{g.rank.of}
              </span>
            )}
          </li>
        ))}
      </ul>
      {GROUPS.map((group) => {
        const items = c.criteria.filter((x) => x.group === group.code && x.maxScore !== 0);
        if (items.length === 0) return null;
        return (
          <div key={group.code}>
            <h3>{group.name}</h3>
            <ul className="criteria">
              {items.map((x) => (
                <CriterionRow key={x.code} c={x} />
              ))}
            </ul>
          </div>
        );
      })}
      {c.profileName && <p className="muted small">Mục tiêu theo: {c.profileName}</p>}
    </section>
  );
}
