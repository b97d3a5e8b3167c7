import type { KindFilter } from '../../lib/compare/period-data';
import { useLocale } from '../shared/locale';
import type { useRowFilter } from './use-compare-tables';

/** Kind of unit, name search without diacritics, and (where targets apply) below target only. */
export function CompareFilters({
  filter,
  withBelowOnly,
}: {
  filter: ReturnType<typeof useRowFilter>;
  withBelowOnly: boolean;
}) {
  const { t } = useLocale();
  return (
    <>
      <label>
        {t('compareKind')}
        <select
          data-testid="compare-kind"
          value={filter.kind}
          onChange={(e) => filter.setKind(e.target.value as KindFilter)}
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
          value={filter.search}
          onChange={(e) => filter.setSearch(e.target.value)}
        />
      </label>
      {withBelowOnly && (
        <label className="check">
          <input
            type="checkbox"
            data-testid="compare-below-only"
            checked={filter.belowOnly}
            onChange={(e) => filter.setBelowOnly(e.target.checked)}
          />
          {t('compareBelowOnly')}
        </label>
      )}
    </>
  );
}
