import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import type { ReportModel } from '../../lib/report/report-model';
import { renderReportText } from '../../lib/report/report-text';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';
import { PeriodPicker } from './PeriodPicker';
import { ReportActions } from './ReportActions';
import { UnitSelect } from './UnitSelect';
import { unitOptions, usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';

const EVENTS = [CAPTURES_CHANGED] as const;

export function ReportBody({
  unit,
  period,
  root,
  rootName,
  periods,
  onChange,
}: {
  unit: string;
  period: string;
  root: string;
  rootName: string | null;
  periods: string[];
  onChange: (next: { unit?: string; period?: string }) => void;
}) {
  const { locale } = useLocale();
  const [report] = useBackground<ReportModel | null>(
    () => ask({ type: 'report:build', unitId: unit, periodKey: period }),
    EVENTS,
    `${unit}|${period}`,
  );
  const options = unitOptions(
    usePeerRanking(root, period),
    rootName ? { id: root, name: rootName } : null,
  );
  const model = report.state === 'ready' ? report.value : null;
  const text = model ? renderReportText(model, { locale }) : null;
  return (
    <>
      <div className="pickers no-print">
        <UnitSelect
          value={unit}
          root={options.root}
          units={options.children}
          onChange={(id) => onChange({ unit: id })}
        />
        <PeriodPicker value={period} periods={periods} onChange={(p) => onChange({ period: p })} />
      </div>
      {model && text ? (
        <>
          <ReportActions model={model} text={text} />
          <div className="report-text" data-testid="report-text" data-unit={unit}>
            {text}
          </div>
        </>
      ) : (
        <ViewState loadable={report} />
      )}
    </>
  );
}
