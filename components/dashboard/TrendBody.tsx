import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { fullScoreLine, measureLabel } from '../../lib/trend/measure-label';
import type { TrendOverlay } from '../../lib/trend/trend-overlay';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { MeasureSelect } from './MeasureSelect';
import { OverlayPicker } from './OverlayPicker';
import { SpreadBody } from './SpreadBody';
import { TrendChart } from './TrendChart';
import { TrendLegend } from './TrendLegend';
import { TrendTable } from './TrendTable';
import { UnitSelect } from './UnitSelect';
import { unitOptions, usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';

const EVENTS = [CAPTURES_CHANGED] as const;

export interface TrendChange {
  unit?: string;
  criterion?: string | null;
  others?: string[];
  period?: string | null;
}

export function TrendBody({
  unit,
  criterion,
  others,
  spreadPeriod,
  root,
  rootName,
  period,
  onChange,
}: {
  unit: string;
  criterion: string | null;
  /** Units overlaid beside `unit`, at most four. */
  others: readonly string[];
  /** The spread's month; null is the latest stored. */
  spreadPeriod: string | null;
  root: string;
  rootName: string | null;
  period: string;
  onChange: (next: TrendChange) => void;
}) {
  const { t, locale } = useLocale();
  const ids = [unit, ...others];
  const [trend] = useBackground<TrendOverlay | null>(
    () => ask({ type: 'trend:units', unitIds: ids, ...(criterion ? { criterion } : {}) }),
    EVENTS,
    `${ids.join(',')}|${criterion ?? ''}`,
  );
  const options = unitOptions(
    usePeerRanking(root, period),
    rootName ? { id: root, name: rootName } : null,
  );
  const overlay = trend.state === 'ready' ? trend.value : null;
  const measure = overlay ? measureLabel(overlay.measure, locale) : '';
  const names = new Map<string, string>();
  for (const o of [...(options.root ? [options.root] : []), ...options.children]) {
    names.set(o.id, o.name);
  }
  for (const s of overlay?.series ?? []) names.set(s.unit.id, s.unit.name);
  const unitNames = (overlay?.series ?? []).map((s) => s.unit.name).join(', ');
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
      <OverlayPicker
        unit={unit}
        chosen={others}
        root={options.root}
        units={options.children}
        names={names}
        onChange={(next) => onChange({ others: next })}
      />
      {overlay ? (
        <>
          <TrendChart
            overlay={overlay}
            fullScore={fullScoreLine(overlay.measure)}
            label={t(overlay.series.length > 1 ? 'trendChartLabelMany' : 'trendChartLabel', {
              measure,
              unit: unitNames,
              units: unitNames,
            })}
          />
          <TrendLegend overlay={overlay} fullScore={fullScoreLine(overlay.measure)} />
          <TrendTable
            overlay={overlay}
            caption={t('trendTableCaption', { measure, unit: unitNames })}
          />
          <SpreadBody
            unit={unit}
            criterion={criterion}
            period={spreadPeriod}
            onPeriod={(p) => onChange({ period: p })}
          />
        </>
      ) : (
        <ViewState loadable={trend} />
      )}
    </>
  );
}
