import type { StringKey } from '../../lib/i18n/strings';
import type { ImportIssue } from '../../lib/import/issues';
import { useLocale } from '../shared/locale';

/** Every problem of an import, line by line, announced: nothing is written while any is left. */
export function ImportIssues({
  issues,
  total,
  lines,
}: {
  issues: readonly ImportIssue[];
  total: number;
  lines: number;
}) {
  const { t } = useLocale();
  if (total === 0) return null;
  const where = (i: ImportIssue) =>
    i.row === 0
      ? t('importIssueFile')
      : i.column
        ? t('importIssueAt', { row: i.row, column: i.column })
        : t('importIssueRow', { row: i.row });
  return (
    <div role="alert" className="import-issues" data-testid="import-issues">
      <p className="error">{t('importIssuesTitle', { lines, count: total })}</p>
      <ul>
        {issues.map((i) => (
          <li
            key={`${i.row}-${i.column}-${i.code}-${String(i.params.value ?? '')}`}
            data-row={i.row}
            data-code={i.code}
          >
            {where(i)}
            {t(`import.${i.code}` as StringKey, i.params)}
          </li>
        ))}
      </ul>
      {total > issues.length && <p>{t('importIssuesMore', { count: total - issues.length })}</p>}
    </div>
  );
}
