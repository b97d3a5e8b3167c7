/**
 * The three facts a badge can tell (target met or not, change since the previous period, rank
 * change), each as a visible part and as a sentence for screen readers; null when the fact
 * has nothing to say.
 */

import type { DeltaBadge, RankBadge, TargetBadge } from './annotations';
import { type BadgePart, DASH, type Tone } from './badge-part';
import type { Say } from './badge-words';

/** Deltas this small print as 0,00, so calling them a rise or a fall would contradict the digits. */
const EPSILON = 0.005;

export function deltaPart({ chip }: Say, delta: DeltaBadge): BadgePart | null {
  // No change, a first month and a provisional period say nothing on the chip: the details
  // and the screen reader's sentence still do.
  if (delta.delta === null) return null;
  if (delta.delta > EPSILON) return trend('▲', chip(delta.delta), 'good');
  if (delta.delta < -EPSILON) return trend('▼', chip(-delta.delta), 'bad');
  return null;
}

function trend(symbol: string, value: string, tone: Tone): BadgePart {
  const text = `${symbol} ${value}`;
  return { text, tone, short: text, symbol, drop: 1 };
}

/** The period compared with, in the badge's language; null when the annotations do not say. */
export function previousName(say: Say, delta: DeltaBadge): string | null {
  return (say.locale === 'en' ? delta.previousLabelEn : null) ?? delta.previousLabel;
}

export function deltaSentence(say: Say, delta: DeltaBadge): string | null {
  const { w, num } = say;
  const against = `${w.against} ${previousName(say, delta) ?? w.previous}`;
  if (delta.delta !== null) {
    if (delta.delta > EPSILON) return `${against}: ${w.up} ${num(delta.delta)}`;
    if (delta.delta < -EPSILON) return `${against}: ${w.down} ${num(-delta.delta)}`;
    return `${against}: ${w.unchanged}`;
  }
  if (delta.reason === 'missing') return w.noPrevious;
  if (delta.reason === 'provisional') return w.notCompared;
  return null;
}

export function targetPart({ w, chip, chipSigned }: Say, target: TargetBadge): BadgePart | null {
  if (target.status === 'met') {
    return { text: `✓ ${w.metChip}`, tone: 'good', short: '✓', symbol: '✓', drop: 0 };
  }
  if (target.status === 'not-met') {
    if (target.gap === null) {
      return { text: `✗ ${w.notMet}`, tone: 'bad', short: '✗', symbol: '✗', drop: 0 };
    }
    const text = `✗ ${w.shortChip} ${chip(Math.abs(target.gap))}`;
    const gap = chipSigned(target.gap);
    return { text, tone: 'bad', short: `✗ ${gap}`, tight: gap, symbol: '✗', drop: 0 };
  }
  if (target.status === 'no-data') return DASH;
  return null;
}

export function targetSentence({ w, num, pct }: Say, target: TargetBadge): string | null {
  if (target.status === 'no-target') return null;
  const goal = target.target === null ? w.target : `${w.target} ≥ ${pct(target.target)}`;
  if (target.status === 'met') {
    const over =
      target.gap !== null && target.gap > EPSILON
        ? `, ${w.over} ${num(target.gap)} ${w.points}`
        : '';
    return `${goal}: ${w.metLower}${over}`;
  }
  if (target.status === 'not-met') {
    const short =
      target.gap === null ? '' : `, ${w.shortBy} ${num(Math.abs(target.gap))} ${w.points}`;
    return `${goal}: ${w.notMetLower}${short}`;
  }
  return `${goal}: ${w.noData}`;
}

/** Rank changes are places, never points: "↓ 63 bậc", so they cannot be read as a score. */
export function rankPart({ w }: Say, rank: RankBadge | null): BadgePart | null {
  if (!rank || rank.change === null || rank.change === 0) return null;
  const up = rank.change > 0;
  const symbol = up ? '↑' : '↓';
  const places = w.places(Math.abs(rank.change));
  const text = `${symbol} ${places}`;
  return { text, tone: up ? 'good' : 'bad', short: text, symbol, drop: 2 };
}

export function rankSentence({ w }: Say, rank: RankBadge | null): string | null {
  if (!rank) return null;
  if (rank.rank === null) return w.unranked;
  const place = `${w.rank} ${rank.rank}/${rank.of}`;
  if (rank.change === null) return place;
  if (rank.change === 0) return `${place}, ${w.sameRank}`;
  return `${place}, ${rank.change > 0 ? w.up : w.down} ${w.places(Math.abs(rank.change))}`;
}
