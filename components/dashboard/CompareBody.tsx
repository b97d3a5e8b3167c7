import { useMemo, useState } from 'react';
import type { KindFilter } from '../../lib/compare/period-data';
import { filterRows } from '../../lib/compare/table-sort';
import { useLocale } from '../shared/locale';
import { PeerTable } from './PeerTable';
import { PeriodPicker } from './PeriodPicker';
import { usePeerRanking } from './use-peer-units';
import { ViewState } from './ViewState';
import { WorkbookButton } from './WorkbookButton';

export function CompareBody({
  root,
  period,
  highlight,
  periods,
  onPeriod,
}: {
  root: string;
  period: string;
  highlight: string | null;
  periods: string[];
  onPeriod: (periodKey: string) => void;
}) {
  const { t } = useLocale();
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const ranking = usePeerRanking(root, period, kind);
  const table = ranking.state === 'ready' ? ranking.value : null;
  const rows = useMemo(() => (table ? filterRows(table.rows, { search }) : []), [table, search]);
  return (
    <>
      <div className="pickers">
        <PeriodPicker value={period} periods={periods} onChange={onPeriod} />
        <label>
          {t('compareKind')}
          <select
            data-testid="compare-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as KindFilter)}
          >
            <option value="all">{t('compareKindAll')}</option>
            <option value="AGENCY">{t('compareKindAgencies')}</option>
            <option value="COMMUNE">{t('compareKindCommunes')}</option>
          </select>
        </label>
        <label>
          {t('compareSearch')}
          <input
            type="search"
            data-testid="compare-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        {table && <WorkbookButton root={root} period={period} kind={kind} highlight={highlight} />}
      </div>
      {table ? (
        <>
          <p className="muted small" data-testid="compare-count">
            {t('compareCount', { shown: rows.length, total: table.rows.length })}
            {table.provisional && ` ${t('compareProvisional')}`}
          </p>
          <PeerTable table={table} rows={rows} highlight={highlight} />
        </>
      ) : (
        <ViewState loadable={ranking} />
      )}
    </>
  );
}
