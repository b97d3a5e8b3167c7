/**
 * What a badge says, as plain data: the short visible parts, the sentence a screen reader
 * announces and the tooltip. Kept apart from the DOM so the wording is tested on its own.
 */

import { formatNumber, type Locale } from '../format/vietnamese';
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
  /** One sentence for assistive technology, in the UI language. */
  label: string;
  /** Details on hover, one fact a line. */
  title: string;
}

/** Deltas this small print as 0,00, so calling them a rise or a fall would contradict the digits. */
const EPSILON = 0.005;

const DASH: BadgePart = { text: '–', tone: 'neutral', short: '–', symbol: '–' };

/**
 * The few words a badge uses, per UI language. Kept here rather than in lib/i18n: the content
 * script carries only these, not the extension pages' whole dictionary.
 */
interface Words {
  new: string;
  provisional: string;
  provisionalShort: string;
  met: string;
  notMet: string;
  previous: string;
  against: string;
  up: string;
  down: string;
  unchanged: string;
  noPrevious: string;
  notCompared: string;
  target: string;
  metLower: string;
  notMetLower: string;
  over: string;
  shortBy: string;
  points: string;
  noData: string;
  unranked: string;
  rank: string;
  sameRank: string;
  places: (n: number) => string;
  score: string;
  scoreUnit: string;
  rating: string;
  ratingLower: string;
  ratio: string;
  targetLine: string;
  gap: string;
  pp: string;
  fullScore: string;
  threshold: string;
  profile: string;
}

const WORDS: Record<Locale, Words> = {
  vi: {
    new: 'mới',
    provisional: 'tạm tính',
    provisionalShort: 'tạm',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    previous: 'kỳ trước',
    against: 'so với',
    up: 'tăng',
    down: 'giảm',
    unchanged: 'không đổi',
    noPrevious: 'chưa có số liệu kỳ trước để so sánh',
    notCompared: 'số liệu tạm tính, chưa so sánh với kỳ trước',
    target: 'mục tiêu',
    metLower: 'đạt',
    notMetLower: 'chưa đạt',
    over: 'vượt',
    shortBy: 'thiếu',
    points: 'điểm %',
    noData: 'không có số liệu',
    unranked: 'chưa xếp hạng',
    rank: 'xếp hạng',
    sameRank: 'giữ nguyên thứ hạng',
    places: (n) => `${n} bậc`,
    score: 'Điểm',
    scoreUnit: 'điểm',
    rating: 'Xếp loại',
    ratingLower: 'xếp loại',
    ratio: 'Tỷ lệ',
    targetLine: 'Mục tiêu',
    gap: 'chênh',
    pp: 'điểm %',
    fullScore: 'Đạt điểm tối đa khi',
    threshold: 'ngưỡng công thức',
    profile: 'Bộ mục tiêu',
  },
  en: {
    new: 'new',
    provisional: 'provisional',
    provisionalShort: 'prov.',
    met: 'Met',
    notMet: 'Not met',
    previous: 'previous period',
    against: 'vs',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    noPrevious: 'no previous period to compare with',
    notCompared: 'provisional figures, not compared with the previous period',
    target: 'target',
    metLower: 'met',
    notMetLower: 'not met',
    over: 'over by',
    shortBy: 'short by',
    points: 'percentage points',
    noData: 'no data',
    unranked: 'not ranked',
    rank: 'rank',
    sameRank: 'same place',
    places: (n) => `${n} ${n === 1 ? 'place' : 'places'}`,
    score: 'Score',
    scoreUnit: 'points',
    rating: 'Rating',
    ratingLower: 'rated',
    ratio: 'Ratio',
    targetLine: 'Target',
    gap: 'gap',
    pp: 'pp',
    fullScore: 'Full score at',
    threshold: 'formula threshold',
    profile: 'Target profile',
  },
};

/** Numbers, words and locale for one badge: 84,41 in Vietnamese, 84.41 in English. */
interface Say {
  w: Words;
  num: (value: number | null) => string;
  /** Targets and thresholds are whole percents more often than not: 52, not 52,00. */
  pct: (value: number) => string;
  signed: (value: number) => string;
}

function sayIn(locale: Locale): Say {
  const w = WORDS[locale] ?? WORDS.vi;
  const num = (value: number | null) => formatNumber(value, 2, locale);
  return {
    w,
    num,
    pct: (value) => `${formatNumber(value, Number.isInteger(value) ? 0 : 2, locale)}%`,
    signed: (value) => `${value < 0 ? '−' : '+'}${num(Math.abs(value))}`,
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function deltaPart({ w, num }: Say, delta: DeltaBadge): BadgePart | null {
  if (delta.delta !== null) {
    if (delta.delta > EPSILON) return trend('▲', num(delta.delta), 'good');
    if (delta.delta < -EPSILON) return trend('▼', num(-delta.delta), 'bad');
    return trend('=', num(0), 'neutral');
  }
  if (delta.reason === 'missing') return { text: w.new, tone: 'neutral', short: w.new, symbol: '' };
  if (delta.reason === 'provisional') {
    return { text: w.provisional, tone: 'neutral', short: w.provisionalShort, symbol: '' };
  }
  return null;
}

function trend(symbol: string, value: string, tone: Tone): BadgePart {
  return { text: `${symbol} ${value}`, tone, short: `${symbol}${value}`, symbol };
}

function deltaSentence({ w, num }: Say, delta: DeltaBadge): string | null {
  const against = `${w.against} ${delta.previousLabel ?? w.previous}`;
  if (delta.delta !== null) {
    if (delta.delta > EPSILON) return `${against}: ${w.up} ${num(delta.delta)}`;
    if (delta.delta < -EPSILON) return `${against}: ${w.down} ${num(-delta.delta)}`;
    return `${against}: ${w.unchanged}`;
  }
  if (delta.reason === 'missing') return w.noPrevious;
  if (delta.reason === 'provisional') return w.notCompared;
  return null;
}

function targetPart({ w, signed }: Say, target: TargetBadge): BadgePart | null {
  if (target.status === 'met') return { text: `✓ ${w.met}`, tone: 'good', short: '✓', symbol: '✓' };
  if (target.status === 'not-met') {
    const gap = target.gap === null ? '' : ` ${signed(target.gap)}`;
    return { text: `✗ ${w.notMet}${gap}`, tone: 'bad', short: `✗${gap}`, symbol: '✗' };
  }
  if (target.status === 'no-data') return DASH;
  return null;
}

function targetSentence({ w, num, pct }: Say, target: TargetBadge): string | null {
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

function rankPart(rank: RankBadge | null): BadgePart | null {
  if (!rank || rank.change === null || rank.change === 0) return null;
  return rank.change > 0
    ? { text: `↑${rank.change}`, tone: 'good', short: `↑${rank.change}`, symbol: '↑' }
    : { text: `↓${-rank.change}`, tone: 'bad', short: `↓${-rank.change}`, symbol: '↓' };
}

function rankSentence({ w }: Say, rank: RankBadge | null): string | null {
  if (!rank) return null;
  if (rank.rank === null) return w.unranked;
  const place = `${w.rank} ${rank.rank}/${rank.of}`;
  if (rank.change === null) return place;
  if (rank.change === 0) return `${place}, ${w.sameRank}`;
  return `${place}, ${rank.change > 0 ? w.up : w.down} ${w.places(Math.abs(rank.change))}`;
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

function heading({ w }: Say, view: ViewAnnotations): string {
  return `${view.viewLabel} · ${view.periodLabel}${view.provisional ? ` (${w.provisional})` : ''}`;
}

/** Unit and criterion names, period and view labels are data: shown as the portal gives them. */
export function unitBadge(
  unit: UnitAnnotation,
  view: ViewAnnotations,
  locale: Locale = 'vi',
): BadgeModel {
  const say = sayIn(locale);
  const { w, num } = say;
  const max = unit.maxScore === null ? '' : `/${num(unit.maxScore)}`;
  const lines = [`${unit.name} — ${heading(say, view)}`, `${w.score}: ${num(unit.score)}${max}`];
  if (unit.rating) lines.push(`${w.rating}: ${unit.rating}`);
  if (unit.delta.previous !== null) {
    lines.push(`${unit.delta.previousLabel ?? capital(w.previous)}: ${num(unit.delta.previous)}`);
  }
  if (unit.rank?.rank != null) lines.push(`${capital(w.rank)}: ${unit.rank.rank}/${unit.rank.of}`);
  return finish(
    [deltaPart(say, unit.delta), rankPart(unit.rank)],
    [
      `${unit.name}: ${num(unit.score)} ${w.scoreUnit}`,
      unit.rating ? `${w.ratingLower} ${unit.rating}` : null,
      deltaSentence(say, unit.delta),
      rankSentence(say, unit.rank),
    ],
    lines,
  );
}

export function criterionBadge(
  unit: UnitAnnotation,
  criterion: CriterionAnnotation,
  view: ViewAnnotations,
  locale: Locale = 'vi',
): BadgeModel {
  const say = sayIn(locale);
  const { w, num, pct, signed } = say;
  const ratio = criterion.ratio === null ? num(null) : `${num(criterion.ratio)}%`;
  const lines = [`${unit.name} — ${criterion.name}`, heading(say, view), `${w.ratio}: ${ratio}`];
  if (criterion.score !== null) {
    const max = criterion.maxScore === null ? '' : `/${num(criterion.maxScore)}`;
    lines.push(`${w.score}: ${num(criterion.score)}${max}`);
  }
  const { target } = criterion;
  if (target.target !== null) {
    const gap = target.gap === null ? '' : ` (${w.gap} ${signed(target.gap)} ${w.pp})`;
    lines.push(`${w.targetLine}: ≥ ${pct(target.target)}${gap}`);
  }
  if (criterion.fullScoreAt !== null) {
    lines.push(`${w.fullScore} ≥ ${pct(criterion.fullScoreAt)} (${w.threshold})`);
  }
  const { delta } = criterion;
  if (delta.previous !== null) {
    lines.push(`${delta.previousLabel ?? capital(w.previous)}: ${num(delta.previous)}%`);
  }
  if (view.profileName && target.status !== 'no-target') {
    lines.push(`${w.profile}: ${view.profileName}`);
  }
  return finish(
    [targetPart(say, target), deltaPart(say, delta)],
    [
      `${unit.name}, ${criterion.name}: ${ratio}`,
      targetSentence(say, target),
      deltaSentence(say, delta),
    ],
    lines,
  );
}
