import { useLocale } from '../shared/locale';
import { Sparkline } from './Sparkline';

/**
 * A criterion's course over the last periods: a sparkline once three periods have a value (two
 * points draw a lone slash that reads as a mark, not a trend), "from → to" with two.
 */
export function CriterionTrend({
  values,
  name,
  format,
}: {
  values: readonly (number | null)[];
  name: string;
  format: (value: number) => string;
}) {
  const { t } = useLocale();
  const known = values.filter((v): v is number => v !== null);
  if (known.length >= 3) {
    return <Sparkline values={values} label={t('lastPeriods', { name })} />;
  }
  const [from, to] = known;
  if (known.length !== 2 || from === undefined || to === undefined) return null;
  const words = { from: format(from), to: format(to) };
  // "0,00% → 0,00%" repeats what "= 0,00 so với kỳ trước" beside it already says.
  if (words.from === words.to) return null;
  return (
    <span
      className="from-to muted"
      data-testid="from-to"
      title={t('panelFromToLabel', { name, ...words })}
    >
      {t('panelFromTo', words)}
    </span>
  );
}
