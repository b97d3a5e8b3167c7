/**
 * What a badge says, as plain data: the short visible parts, the sentence a screen reader
 * announces and the tooltip. Kept apart from the DOM so the wording is tested on its own.
 */

import { formatNumber } from '../format/vietnamese';
import type {
  CriterionAnnotation,
  DeltaBadge,
  RankBadge,
  TargetBadge,
  UnitAnnotation,
  ViewAnnotations,
} from './annotations';

/** Every part carries a symbol and words as well as a colour: colour is never the only cue. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface BadgePart {
  text: string;
  tone: Tone;
  /** The same fact in fewer pixels, for a cell with little free space: `✗ −3,25`. */
  short: string;
  /** The symbol alone, for the tightest cells; empty for neutral parts, which then drop out. */
  symbol: string;
}

export interface BadgeModel {
  parts: BadgePart[];
  /** One Vietnamese sentence for assistive technology. */
  label: string;
  /** Details on hover, one fact a line. */
  title: string;
}

/** Deltas this small print as 0,00, so calling them a rise or a fall would contradict the digits. */
const EPSILON = 0.005;

const DASH: BadgePart = { text: '–', tone: 'neutral', short: '–', symbol: '–' };

const num = (value: number | null) => formatNumber(value);
/** Targets and thresholds are whole percents more often than not: 52, not 52,00. */
const pct = (value: number) => `${formatNumber(value, Number.isInteger(value) ? 0 : 2)}%`;
const signed = (value: number) => `${value < 0 ? '−' : '+'}${num(Math.abs(value))}`;

function deltaPart(delta: DeltaBadge): BadgePart | null {
  if (delta.delta !== null) {
    if (delta.delta > EPSILON) return trend('▲', num(delta.delta), 'good');
    if (delta.delta < -EPSILON) return trend('▼', num(-delta.delta), 'bad');
    return trend('=', num(0), 'neutral');
  }
  if (delta.reason === 'missing') return { text: 'mới', tone: 'neutral', short: 'mới', symbol: '' };
  if (delta.reason === 'provisional') {
    return { text: 'tạm tính', tone: 'neutral', short: 'tạm', symbol: '' };
  }
  return null;
}

function trend(symbol: string, value: string, tone: Tone): BadgePart {
  return { text: `${symbol} ${value}`, tone, short: `${symbol}${value}`, symbol };
}

function deltaSentence(delta: DeltaBadge): string | null {
  const against = `so với ${delta.previousLabel ?? 'kỳ trước'}`;
  if (delta.delta !== null) {
    if (delta.delta > EPSILON) return `${against}: tăng ${num(delta.delta)}`;
    if (delta.delta < -EPSILON) return `${against}: giảm ${num(-delta.delta)}`;
    return `${against}: không đổi`;
  }
  if (delta.reason === 'missing') return 'chưa có số liệu kỳ trước để so sánh';
  if (delta.reason === 'provisional') return 'số liệu tạm tính, chưa so sánh với kỳ trước';
  return null;
}

function targetPart(target: TargetBadge): BadgePart | null {
  if (target.status === 'met') return { text: '✓ Đạt', tone: 'good', short: '✓', symbol: '✓' };
  if (target.status === 'not-met') {
    const gap = target.gap === null ? '' : ` ${signed(target.gap)}`;
    return { text: `✗ Chưa đạt${gap}`, tone: 'bad', short: `✗${gap}`, symbol: '✗' };
  }
  if (target.status === 'no-data') return DASH;
  return null;
}

function targetSentence(target: TargetBadge): string | null {
  if (target.status === 'no-target') return null;
  const goal = target.target === null ? 'mục tiêu' : `mục tiêu ≥ ${pct(target.target)}`;
  if (target.status === 'met') {
    const over =
      target.gap !== null && target.gap > EPSILON ? `, vượt ${num(target.gap)} điểm %` : '';
    return `${goal}: đạt${over}`;
  }
  if (target.status === 'not-met') {
    const short = target.gap === null ? '' : `, thiếu ${num(Math.abs(target.gap))} điểm %`;
    return `${goal}: chưa đạt${short}`;
  }
  return `${goal}: không có số liệu`;
}

function rankPart(rank: RankBadge | null): BadgePart | null {
  if (!rank || rank.change === null || rank.change === 0) return null;
  return rank.change > 0
    ? { text: `↑${rank.change}`, tone: 'good', short: `↑${rank.change}`, symbol: '↑' }
    : { text: `↓${-rank.change}`, tone: 'bad', short: `↓${-rank.change}`, symbol: '↓' };
}

function rankSentence(rank: RankBadge | null): string | null {
  if (!rank) return null;
  if (rank.rank === null) return 'chưa xếp hạng';
  const place = `xếp hạng ${rank.rank}/${rank.of}`;
  if (rank.change === null) return place;
  if (rank.change === 0) return `${place}, giữ nguyên thứ hạng`;
  return `${place}, ${rank.change > 0 ? 'tăng' : 'giảm'} ${Math.abs(rank.change)} bậc`;
}

function finish(parts: (BadgePart | null)[], sentences: (string | null)[], lines: string[]) {
  const shown = parts.filter((part): part is BadgePart => part !== null);
  return {
    parts: shown.length > 0 ? shown : [DASH],
    label: sentences.filter(Boolean).join('; '),
    title: lines.join('\n'),
  };
}

/** How much a badge says: everything, the short forms, or the symbols alone. */
export type Detail = 0 | 1 | 2;
export const DETAILS: readonly Detail[] = [0, 1, 2];

export interface ShownPart {
  text: string;
  tone: Tone;
}

/** The parts a badge shows at a level of detail; never empty, so no badge is a blank chip. */
export function partsAt(model: BadgeModel, detail: Detail): ShownPart[] {
  if (detail === 0) return model.parts.map(({ text, tone }) => ({ text, tone }));
  if (detail === 1) return model.parts.map(({ short, tone }) => ({ text: short, tone }));
  const symbols = model.parts
    .filter((part) => part.symbol !== '')
    .map(({ symbol, tone }) => ({ text: symbol, tone }));
  return symbols.length > 0 ? symbols : [{ text: DASH.symbol, tone: DASH.tone }];
}

function heading(view: ViewAnnotations): string {
  return `${view.viewLabel} · ${view.periodLabel}${view.provisional ? ' (tạm tính)' : ''}`;
}

export function unitBadge(unit: UnitAnnotation, view: ViewAnnotations): BadgeModel {
  const max = unit.maxScore === null ? '' : `/${num(unit.maxScore)}`;
  const lines = [`${unit.name} — ${heading(view)}`, `Điểm: ${num(unit.score)}${max}`];
  if (unit.rating) lines.push(`Xếp loại: ${unit.rating}`);
  if (unit.delta.previous !== null) {
    lines.push(`${unit.delta.previousLabel ?? 'Kỳ trước'}: ${num(unit.delta.previous)}`);
  }
  if (unit.rank?.rank != null) lines.push(`Xếp hạng: ${unit.rank.rank}/${unit.rank.of}`);
  return finish(
    [deltaPart(unit.delta), rankPart(unit.rank)],
    [
      `${unit.name}: ${num(unit.score)} điểm`,
      unit.rating ? `xếp loại ${unit.rating}` : null,
      deltaSentence(unit.delta),
      rankSentence(unit.rank),
    ],
    lines,
  );
}

export function criterionBadge(
  unit: UnitAnnotation,
  criterion: CriterionAnnotation,
  view: ViewAnnotations,
): BadgeModel {
  const ratio = criterion.ratio === null ? num(null) : `${num(criterion.ratio)}%`;
  const lines = [`${unit.name} — ${criterion.name}`, heading(view), `Tỷ lệ: ${ratio}`];
  if (criterion.score !== null) {
    const max = criterion.maxScore === null ? '' : `/${num(criterion.maxScore)}`;
    lines.push(`Điểm: ${num(criterion.score)}${max}`);
  }
  const { target } = criterion;
  if (target.target !== null) {
    const gap = target.gap === null ? '' : ` (chênh ${signed(target.gap)} điểm %)`;
    lines.push(`Mục tiêu: ≥ ${pct(target.target)}${gap}`);
  }
  if (criterion.fullScoreAt !== null) {
    lines.push(`Đạt điểm tối đa khi ≥ ${pct(criterion.fullScoreAt)} (ngưỡng công thức)`);
  }
  const { delta } = criterion;
  if (delta.previous !== null) {
    lines.push(`${delta.previousLabel ?? 'Kỳ trước'}: ${num(delta.previous)}%`);
  }
  if (view.profileName && target.status !== 'no-target') {
    lines.push(`Bộ mục tiêu: ${view.profileName}`);
  }
  return finish(
    [targetPart(target), deltaPart(delta)],
    [`${unit.name}, ${criterion.name}: ${ratio}`, targetSentence(target), deltaSentence(delta)],
    lines,
  );
}
