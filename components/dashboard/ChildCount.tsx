import { childCount } from '../../lib/compare/child-rows';
import { useLocale } from '../shared/locale';

/** "n of m units" over a comparison table's children (the root's line is not counted). */
export function ChildCount({
  shown,
  all,
  provisional = false,
}: {
  shown: readonly { isRoot: boolean }[];
  all: readonly { isRoot: boolean }[];
  provisional?: boolean;
}) {
  const { t } = useLocale();
  return (
    <p className="small" data-testid="compare-count">
      {t('compareCount', { shown: childCount(shown), total: childCount(all) })}
      {provisional && ` ${t('compareProvisional')}`}
    </p>
  );
}
