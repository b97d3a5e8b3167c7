import { useMemo, useState } from 'react';
import type { KindFilter, UnitRef } from '../../lib/compare/period-data';
import {
  columnById,
  type SortDirection,
  sortRows,
  type TableColumn,
} from '../../lib/compare/table-sort';
import type { UnitsByCriteria } from '../../lib/compare/units-by-criteria';
import type { UnitsByPeriods } from '../../lib/compare/units-by-periods';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { type Loadable, useBackground } from '../shared/use-background';

const EVENTS = [CAPTURES_CHANGED] as const;

/** Units × periods of a root up to `periodKey`: the total, a group or a criterion. */
export function useUnitsByPeriods(
  rootUnitId: string,
  periodKey: string,
  criterion: string | null,
): Loadable<UnitsByPeriods | null> {
  const [table] = useBackground<UnitsByPeriods | null>(
    () =>
      ask({
        type: 'compare:periods',
        rootUnitId,
        periodKey,
        ...(criterion ? { criterion } : {}),
      }),
    EVENTS,
    `${rootUnitId}|${periodKey}|${criterion ?? ''}`,
  );
  return table;
}

/** Units × criteria of one period; only the criteria with a target unless `all`. */
export function useUnitsByCriteria(
  rootUnitId: string,
  periodKey: string,
  all: boolean,
): Loadable<UnitsByCriteria | null> {
  const [table] = useBackground<UnitsByCriteria | null>(
    () => ask({ type: 'compare:criteria', rootUnitId, periodKey, withTargetOnly: !all }),
    EVENTS,
    `${rootUnitId}|${periodKey}|${all}`,
  );
  return table;
}

export interface TableSort {
  id: string;
  direction: SortDirection;
}

/**
 * A table's sort state: one click sorts a column (names A→Z, ranks 1 first, other numbers
 * highest first), a second
 * reverses it. The root's own line stays on top, outside the sort.
 */
export function useTableSort<Row extends { unit: UnitRef; isRoot?: boolean }>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
) {
  const { locale } = useLocale();
  const [sort, setSort] = useState<TableSort | null>(null);
  const sorted = useMemo(() => {
    const root = rows.filter((r) => r.isRoot);
    const rest = rows.filter((r) => !r.isRoot);
    const column = sort ? columns.find((c) => c.id === sort.id) : undefined;
    return [
      ...root,
      ...(sort && column
        ? sortRows(rest, columnById(columns, sort.id), sort.direction, locale)
        : rest),
    ];
  }, [rows, columns, sort, locale]);
  const toggle = (id: string) =>
    setSort((s) =>
      s?.id === id
        ? { id, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { id, direction: id === 'unit' || id.endsWith('Rank') ? 'asc' : 'desc' },
    );
  return { sorted, sort, toggle };
}

export type TableSorting<Row> = {
  sorted: Row[];
  sort: TableSort | null;
  toggle: (id: string) => void;
};

/** The filters every comparison table offers: kind, name search, below target only. */
export function useRowFilter() {
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const [belowOnly, setBelowOnly] = useState(false);
  return { kind, setKind, search, setSearch, belowOnly, setBelowOnly };
}
