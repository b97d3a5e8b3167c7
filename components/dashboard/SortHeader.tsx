import type { ReactNode } from 'react';
import type { TableSort } from './use-compare-tables';

/** A column header that sorts its table, saying how with aria-sort. */
export function SortHeader({
  id,
  sort,
  onSort,
  numeric = true,
  children,
}: {
  id: string;
  sort: TableSort | null;
  onSort: (id: string) => void;
  numeric?: boolean;
  children: ReactNode;
}) {
  const ariaSort =
    sort?.id === id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort" data-sort={id} onClick={() => onSort(id)}>
        {children}
      </button>
    </th>
  );
}
