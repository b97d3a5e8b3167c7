import { useEffect, useRef, useState } from 'react';
import type { Scorecard } from '../../lib/analysis/scorecard';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import type { Locale } from '../../lib/format/vietnamese';
import { GROUPS } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { RankAmongToggle } from '../shared/RankAmongToggle';
import { type Loadable, useBackground } from '../shared/use-background';
import { useRankAmong } from '../shared/use-rank-among';
import { CriteriaByGroup } from './CriteriaByGroup';
import { ScorecardGroups } from './ScorecardGroups';
import { ScorecardTotal } from './ScorecardTotal';
import { UnitPicker } from './UnitPicker';
import { useFollowShownGroup } from './use-follow-shown-group';

const CARD_EVENTS = [CAPTURES_CHANGED] as const;

/** The period's name in the UI language; the scorecard's own label when the key is unknown. */
function periodText(key: string, fallback: string, locale: Locale): string {
  const period = parsePeriodKey(key);
  return period ? periodLabel(period, locale) : fallback;
}

/**
 * The scorecard of the unit the official picks, for the province and period the page shows
 * (`status`, asked by the page).
 */
export function ScorecardPanel({ status }: { status: Loadable<ViewStatus> }) {
  const { t, locale } = useLocale();
  const view = status.state === 'ready' ? status.value.view : null;
  const viewKey = view ? `${view.rootUnitId}|${view.periodKey}` : '';
  const [choice, setChoice] = useState<{ unitId?: string; periodKey?: string }>({});
  // The group the portal page shows now; null on the summary tab.
  const shownGroup = GROUPS.find((g) => g.code === view?.subject)?.code ?? null;
  const section = useRef<HTMLElement>(null);
  const [among, setAmong] = useRankAmong();

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
  // Only once the page's view is known too: a card that comes first would count as the opening
  // and the view's group, a moment later, as a move to follow.
  useFollowShownGroup(
    section,
    shownGroup,
    card.state === 'ready' && status.state !== 'loading' ? card.value : null,
  );

  if (card.state !== 'ready' || !card.value) return null;
  const c = card.value;
  return (
    <section
      ref={section}
      aria-labelledby="scorecard-heading"
      className="card scorecard"
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
      <ScorecardTotal card={c} among={among} />
      <ScorecardGroups card={c} shownGroup={shownGroup} among={among} />
      {c.unit.id !== c.rootUnitId && <RankAmongToggle value={among} onChange={setAmong} />}
      <CriteriaByGroup card={c} shownGroup={shownGroup} />
      {c.profileName && (
        <p className="muted small">{t('targetsFrom', { profile: c.profileName })}</p>
      )}
    </section>
  );
}
