import { formatNumber, type Locale } from '../format/vietnamese';
import { type FullScoreStatus, fullScoreStatus } from '../model/criteria';
import type { TargetRule } from './targets';

/**
 * Whether a ratio meets the official's target. `no-data` (the portal gave no ratio) is kept
 * apart from `not-met`: a unit with no dossiers has not failed anything.
 */
export type TargetStatus = 'met' | 'not-met' | 'no-data' | 'no-target';

export interface TargetEvaluation {
  status: TargetStatus;
  /** The rule's minimum (percent); null when there is no rule. */
  target: number | null;
  /** ratio − target in percentage points, unrounded; negative when short. */
  gap: number | null;
}

// Ratios derived from counts can land a hair below a round target (51.999999999 for 52).
const EPSILON = 1e-9;

export function evaluateTarget(ratio: number | null, rule: TargetRule | null): TargetEvaluation {
  if (!rule) return { status: 'no-target', target: null, gap: null };
  if (ratio === null || !Number.isFinite(ratio)) {
    return { status: 'no-data', target: rule.min, gap: null };
  }
  const gap = ratio - rule.min;
  return { status: gap >= -EPSILON ? 'met' : 'not-met', target: rule.min, gap };
}

export interface CriterionEvaluation {
  target: TargetEvaluation;
  /** Scoring threshold of §4.1, which is not the policy target and may disagree with it. */
  fullScore: FullScoreStatus;
}

export function evaluateCriterion(
  ratio: number | null,
  criterion: string,
  rule: TargetRule | null,
): CriterionEvaluation {
  return { target: evaluateTarget(ratio, rule), fullScore: fullScoreStatus(ratio, criterion) };
}

const MINUS = '\u2212';

/**
 * `−3,25 điểm %`, `+1,50 điểm %`, `0,00 điểm %`; `—` without a gap. Rounded here only, so a
 * gap of −0.004 reads as zero instead of "−0,00".
 */
export function formatGap(gap: number | null, locale: Locale = 'vi'): string {
  if (gap === null || !Number.isFinite(gap)) return '—';
  const size = Math.abs(gap);
  // toFixed rounds the exact binary value the way Intl does, so the sign matches the digits.
  const sign = Number(size.toFixed(2)) === 0 ? '' : gap > 0 ? '+' : MINUS;
  const unit = locale === 'vi' ? 'điểm %' : 'pp';
  return `${sign}${formatNumber(size, 2, locale)} ${unit}`;
}
