import { formatNumber } from '../../lib/format/vietnamese';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { measureLabel } from '../../lib/trend/measure-label';
import type { UnitSpread } from '../../lib/trend/unit-spread';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { PeriodPicker } from './PeriodPicker';
import { SpreadChart } from './SpreadChart';
import { SpreadTable } from './SpreadTable';
import { ViewState } from './ViewState';

const EVENTS = [CAPTURES_CHANGED] as const;

/** The children of the unit's root for one month: a sorted bar chart and its table. */
export function SpreadBody({
  unit,
  criterion,
  period,
  onPeriod,
}: {
  unit: string;
  criterion: string | null;
  /** Null: the latest month stored. */
  period: string | null;
  onPeriod: (periodKey: string) => void;
}) {
  const { t, locale } = useLocale();
  const [loaded] = useBackground<UnitSpread | null>(
    () =>
      ask({
        type: 'trend:spread',
        unitId: unit,
        ...(criterion ? { criterion } : {}),
        ...(period ? { periodKey: period } : {}),
      }),
    EVENTS,
    `${unit}|${criterion ?? ''}|${period ?? ''}`,
  );
  const spread = loaded.state === 'ready' ? loaded.value : null;
  const fmt = (v: number | null) => (v === null ? '' : formatNumber(v, 2, locale));
  const parsed = spread ? parsePeriodKey(spread.periodKey) : null;
  const label = parsed ? periodLabel(parsed, locale) : (spread?.periodKey ?? '');
  const measure = spread ? measureLabel(spread.measure, locale) : '';
  const rootName = spread?.root?.name ?? spread?.rootUnitId ?? '';
  const valued = spread?.points.filter((p) => p.value !== null) ?? [];
  const chosen = spread?.points.find((p) => p.unit.id === spread.highlight) ?? null;
  const lineName = t(spread?.line === 'target' ? 'spreadLineTarget' : 'spreadLineFull');
  return (
    <section aria-labelledby="spread-heading" className="spread" data-testid="trend-spread">
      <h3 id="spread-heading">
        {t('spreadHeading')}
        {spread && ` — ${measure} — ${label}`}
        {spread?.provisional && (
          <span className="muted" data-testid="spread-provisional">
            {' '}
            ({t('provisionalShort')})
          </span>
        )}
      </h3>
      {spread && (
        <div className="pickers">
          <PeriodPicker value={spread.periodKey} periods={spread.periods} onChange={onPeriod} />
        </div>
      )}
      {!spread ? (
        <ViewState loadable={loaded} />
      ) : valued.length === 0 ? (
        <p className="muted">{t('spreadNoData')}</p>
      ) : (
        <>
          <ul className="spread-facts" data-testid="spread-facts">
            {chosen && (
              <li data-testid="spread-chosen">
                {chosen.value === null
                  ? t('spreadChosenNoValue', { unit: chosen.unit.name })
                  : t('spreadChosen', {
                      unit: chosen.unit.name,
                      value: fmt(chosen.value),
                      rank: chosen.rank ?? '',
                      count: valued.length,
                    })}
              </li>
            )}
            {spread.lineValue !== null && (
              <li>
                {lineName}: {fmt(spread.lineValue)} —{' '}
                {t('spreadSummary', {
                  met: valued.filter((p) => p.met === true).length,
                  count: valued.length,
                })}
              </li>
            )}
            {spread.rootValue !== null && (
              <li>{t('spreadRootValue', { root: rootName, value: fmt(spread.rootValue) })}</li>
            )}
          </ul>
          <SpreadChart
            spread={spread}
            label={t('spreadChartLabel', {
              measure,
              count: valued.length,
              root: rootName,
              period: label,
              line: lineName,
              value: fmt(spread.lineValue),
            })}
          />
          <SpreadTable
            spread={spread}
            caption={t('spreadTableCaption', { measure, root: rootName, period: label })}
          />
        </>
      )}
    </section>
  );
}
