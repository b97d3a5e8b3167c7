import type { ScorecardCriterion } from '../../lib/analysis/scorecard';
import { formatNumber } from '../../lib/format/vietnamese';
import type { StringKey } from '../../lib/i18n/strings';
import { criterionInfo } from '../../lib/model/criteria';
import { useLocale } from '../shared/locale';
import { CriterionTrend } from './CriterionTrend';

const STATUS: Record<string, { text: StringKey; tone: string }> = {
  met: { text: 'statusMet', tone: 'good' },
  'not-met': { text: 'statusNotMet', tone: 'bad' },
  'no-data': { text: 'statusNoData', tone: 'neutral' },
};

/** One criterion: ratio on a 0–100 bar with the target line and the full-score threshold. */
export function CriterionRow({ c }: { c: ScorecardCriterion }) {
  const { t, locale } = useLocale();
  const status = STATUS[c.target.status];
  const ratio = c.ratio === null ? null : Math.max(0, Math.min(100, c.ratio));
  const delta = c.delta.delta;
  const name = locale === 'vi' ? c.name : (criterionInfo(c.code)?.nameEn ?? c.name);
  const num = (value: number | null, digits = 2) => formatNumber(value, digits, locale);
  return (
    <li className="criterion" data-criterion={c.code} data-status={c.target.status}>
      <div className="criterion-head">
        <span>{name}</span>
        <strong>{c.ratio === null ? '—' : `${num(c.ratio)}%`}</strong>
      </div>
      <svg
        className="ratio-bar"
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        role="img"
        aria-label={c.ratio === null ? t('ratioAriaNone') : t('ratioAria', { ratio: num(c.ratio) })}
      >
        <rect x="0" y="2" width="100" height="4" className="track" />
        {ratio !== null && (
          <rect
            x="0"
            y="2"
            width={ratio}
            height="4"
            className={`fill tone-${status?.tone ?? 'neutral'}`}
          />
        )}
        {c.target.target !== null && (
          <line x1={c.target.target} x2={c.target.target} y1="0" y2="8" className="target-line" />
        )}
        {c.fullScoreAt !== null && c.fullScoreAt < 100 && (
          <line x1={c.fullScoreAt} x2={c.fullScoreAt} y1="0" y2="8" className="full-line" />
        )}
      </svg>
      <div className="criterion-facts small">
        {status && <span className={`tone-${status.tone}`}>{t(status.text)}</span>}
        {c.target.target !== null && (
          <span>
            {t('targetAtLeast', {
              target: num(c.target.target, Number.isInteger(c.target.target) ? 0 : 2),
            })}
            {c.target.gap !== null &&
              c.target.status === 'not-met' &&
              ` (${t('targetShortBy', { gap: num(Math.abs(c.target.gap)) })})`}
          </span>
        )}
        {c.fullScoreAt !== null && c.fullScoreAt < 100 && (
          <span className="muted">{t('fullScoreFrom', { threshold: num(c.fullScoreAt, 0) })}</span>
        )}
        {c.score !== null && (
          <span>{t('pointsOf', { score: num(c.score), max: num(c.maxScore) })}</span>
        )}
        {delta !== null && (
          <span
            className={delta > 0.005 ? 'tone-good' : delta < -0.005 ? 'tone-bad' : 'tone-neutral'}
          >
            {delta > 0.005 ? '▲' : delta < -0.005 ? '▼' : '='}{' '}
            {t('vsPrevious', { delta: num(Math.abs(delta)) })}
          </span>
        )}
        <CriterionTrend values={c.sparkline} name={name} format={(v) => `${num(v)}%`} />
      </div>
    </li>
  );
}
