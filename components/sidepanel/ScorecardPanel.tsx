import { useEffect, useRef, useState } from 'react';
import type { Scorecard } from '../../lib/analysis/scorecard';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import { formatNumber, type Locale } from '../../lib/format/vietnamese';
import { GROUPS, type GroupCode } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED, VIEWS_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { CriterionRow } from './CriterionRow';
import { ScorecardTotal } from './ScorecardTotal';
import { UnitPicker } from './UnitPicker';
import { useFollowShownGroup } from './use-follow-shown-group';

const VIEW_EVENTS = [CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED, VIEWS_CHANGED] as const;
const CARD_EVENTS = [CAPTURES_CHANGED] as const;

/** The period's name in the UI language; the scorecard's own label when the key is unknown. */
function periodText(key: string, fallback: string, locale: Locale): string {
  const period = parsePeriodKey(key);
  return period ? periodLabel(period, locale) : fallback;
}

/** Group names have an English form; criteria and units keep the portal's Vietnamese. */
function groupName(code: GroupCode, fallback: string, locale: Locale): string {
  if (locale === 'vi') return fallback;
  return GROUPS.find((g) => g.code === code)?.nameEn ?? fallback;
}

/** The scorecard of the unit the official picks, for the province and period the page shows. */
export function ScorecardPanel() {
  const { t, locale } = useLocale();
  const [status] = useBackground<ViewStatus>(() => ask({ type: 'view:status' }), VIEW_EVENTS);
  const view = status.state === 'ready' ? status.value.view : null;
  const viewKey = view ? `${view.rootUnitId}|${view.periodKey}` : '';
  const [choice, setChoice] = useState<{ unitId?: string; periodKey?: string }>({});
  // The group the portal page shows now; null on the summary tab.
  const shownGroup = GROUPS.find((g) => g.code === view?.subject)?.code ?? null;
  const section = useRef<HTMLElement>(null);

  // The panel follows the page: a new province or period on the portal resets the period.
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewKey changes exactly when the page's province or period does, which is when the choice resets.
  useEffect(() => {
    const key = view?.periodKey;
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
  useFollowShownGroup(section, shownGroup, card.state === 'ready' ? card.value : null);

  if (card.state !== 'ready' || !card.value) return null;
  const c = card.value;
  const shownMarker = (code: GroupCode) =>
    code === shownGroup && <span className="shown-marker"> · {t('shownOnPortal')}</span>;
  return (
    <section
      ref={section}
      aria-labelledby="scorecard-heading"
      className="card"
      data-testid="scorecard"
    >
      <h2 id="scorecard-heading" data-testid="scorecard-unit">
        {c.unit.name} — {periodText(c.periodKey, c.periodLabel, locale)}
        {c.provisional && <span className="muted small"> ({t('provisionalShort')})</span>}
      </h2>
      <div className="row">
        <UnitPicker
          units={c.units}
          value={c.unit.id}
          onChange={(unitId) => setChoice({ ...choice, unitId })}
        />
        <label>
          {t('periodPick')}{' '}
          <select
            data-testid="period-select"
            value={c.periodKey}
            onChange={(e) => setChoice({ ...choice, periodKey: e.target.value })}
          >
            {c.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {periodText(p.key, p.label, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ScorecardTotal card={c} />
      <ul className="groups" aria-label={t('groupScores')}>
        {c.groups.map((g) => {
          const name = groupName(g.code, g.name, locale);
          const score = `${formatNumber(g.score, 2, locale)}/${g.maxScore}`;
          return (
            <li
              key={g.code}
              data-group={g.code}
              aria-current={g.code === shownGroup ? 'true' : undefined}
            >
              <span className="group-name">
                {name}
                {shownMarker(g.code)}
              </span>
              <meter
                min={0}
                max={g.maxScore}
                value={g.score ?? 0}
                aria-label={`${name}: ${score}`}
              />
              <span className="num" data-testid={`group-score-${g.code}`}>
                {g.stored ? score : t('notStored')}
              </span>
              {g.rank?.rank != null && (
                <span className="muted small">
                  {t('rankOf', { rank: g.rank.rank, of: g.rank.of })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {GROUPS.map((group) => {
        const items = c.criteria.filter((x) => x.group === group.code && x.maxScore !== 0);
        if (items.length === 0) return null;
        return (
          <div
            key={group.code}
            data-group-section={group.code}
            aria-current={group.code === shownGroup ? 'true' : undefined}
          >
            <h3>
              {groupName(group.code, group.name, locale)}
              {shownMarker(group.code)}
            </h3>
            <ul className="criteria">
              {items.map((x) => (
                <CriterionRow key={x.code} c={x} />
              ))}
            </ul>
          </div>
        );
      })}
      {c.profileName && (
        <p className="muted small">{t('targetsFrom', { profile: c.profileName })}</p>
      )}
    </section>
  );
}
