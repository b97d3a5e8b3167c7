import type { ScorecardCriterion } from '../lib/analysis/scorecard';
import { formatNumber } from '../lib/format/vietnamese';
import { Sparkline } from './Sparkline';

const STATUS: Record<string, { text: string; tone: string }> = {
  met: { text: '✓ Đạt mục tiêu', tone: 'good' },
  'not-met': { text: '✗ Chưa đạt mục tiêu', tone: 'bad' },
  'no-data': { text: '– Không có số liệu', tone: 'neutral' },
};

/** One criterion: ratio on a 0–100 bar with the target line and the full-score threshold. */
export function CriterionRow({ c }: { c: ScorecardCriterion }) {
  const status = STATUS[c.target.status];
  const ratio = c.ratio === null ? null : Math.max(0, Math.min(100, c.ratio));
  const delta = c.delta.delta;
  return (
    <li className="criterion" data-criterion={c.code} data-status={c.target.status}>
      <div className="criterion-head">
        <span>{c.name}</span>
        <strong>{c.ratio === null ? '—' : `${formatNumber(c.ratio)}%`}</strong>
      </div>
      <svg
        className="ratio-bar"
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        role="img"
        aria-label={`Tỷ lệ ${c.ratio === null ? 'không có' : `${formatNumber(c.ratio)}%`}`}
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
        {status && <span className={`tone-${status.tone}`}>{status.text}</span>}
        {c.target.target !== null && (
          <span>
            mục tiêu ≥ {formatNumber(c.target.target, Number.isInteger(c.target.target) ? 0 : 2)}%
            {c.target.gap !== null &&
              c.target.status === 'not-met' &&
              ` (thiếu ${formatNumber(Math.abs(c.target.gap))} điểm %)`}
          </span>
        )}
        {c.fullScoreAt !== null && c.fullScoreAt < 100 && (
          <span className="muted">điểm tối đa khi ≥ {formatNumber(c.fullScoreAt, 0)}%</span>
        )}
        {c.score !== null && (
          <span>
            {formatNumber(c.score)}/{formatNumber(c.maxScore)} điểm
          </span>
        )}
        {delta !== null && (
          <span
            className={delta > 0.005 ? 'tone-good' : delta < -0.005 ? 'tone-bad' : 'tone-neutral'}
          >
            {delta > 0.005 ? '▲' : delta < -0.005 ? '▼' : '='} {formatNumber(Math.abs(delta))} so
            với kỳ trước
          </span>
        )}
        <Sparkline values={c.sparkline} label={`${c.name}: 12 kỳ gần nhất`} />
      </div>
    </li>
  );
}
