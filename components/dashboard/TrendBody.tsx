import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { fullScoreLine, measureLabel } from '../../lib/trend/measure-label';
import type { UnitTrend } from '../../lib/trend/unit-trend';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { MeasureSelect } from './MeasureSelect';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { UnitSelect } from './UnitSelect';
import { unitOptions, usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';

const EVENTS = [CAPTURES_CHANGED] as const;

export function TrendBody({
  unit,
  criterion,
  root,
  rootName,
  period,
  onChange,
}: {
  unit: string;
  criterion: string | null;
  root: string;
  rootName: string | null;
  period: string;
  onChange: (next: { unit?: string; criterion?: string | null }) => void;
}) {
  const { t, locale } = useLocale();
  const [trend] = useBackground<UnitTrend | null>(
    () => ask({ type: 'trend:unit', unitId: unit, ...(criterion ? { criterion } : {}) }),
    EVENTS,
    `${unit}|${criterion ?? ''}`,
  );
  const options = unitOptions(
    usePeerRanking(root, period),
    rootName ? { id: root, name: rootName } : null,
  );
  const series = trend.state === 'ready' ? trend.value : null;
  const measure = series ? measureLabel(series.measure, locale) : '';
  const name = series?.unit.name ?? unit;
  return (
    <>
      <div className="pickers">
        <UnitSelect
          value={unit}
          root={options.root}
          units={options.children}
          onChange={(id) => onChange({ unit: id })}
        />
        <MeasureSelect
          value={criterion ?? ''}
          onChange={(c) => onChange({ criterion: c === '' ? null : c })}
        />
      </div>
      {series ? (
        <>
          <TrendChart
            points={series.points}
            fullScore={fullScoreLine(series.measure)}
            label={t('trendChartLabel', { measure, unit: name })}
          />
          <TrendTable
            points={series.points}
            caption={t('trendTableCaption', { measure, unit: name })}
          />
        </>
      ) : (
        <ViewState loadable={trend} />
      )}
    </>
  );
}
