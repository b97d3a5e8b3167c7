/**
 * What a badge says, as plain data: the short visible parts, the sentence a screen reader
 * announces and the tooltip. Kept apart from the DOM so the wording is tested on its own.
 */

import type { Locale } from '../format/vietnamese';
import type { CriterionAnnotation, UnitAnnotation, ViewAnnotations } from './annotations';
import {
  deltaPart,
  deltaSentence,
  previousName,
  rankPart,
  rankSentence,
  targetPart,
  targetSentence,
} from './badge-facts';
import type { BadgePart } from './badge-part';
import { type Mark, type Say, sayIn } from './badge-words';

export interface BadgeModel {
  /** What the chip shows, in a fixed order; empty when it has nothing to say (no chip). */
  parts: BadgePart[];
  /** One sentence for assistive technology, in the UI language. */
  label: string;
  /** Details on hover, one fact a line. */
  title: string;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function finish(parts: (BadgePart | null)[], sentences: (string | null)[], lines: string[]) {
  return {
    parts: parts.filter((part): part is BadgePart => part !== null),
    label: sentences.filter(Boolean).join('; '),
    title: lines.join('\n'),
  };
}

function heading({ w, locale }: Say, view: ViewAnnotations): string {
  const [what, when] =
    locale === 'en' && view.viewLabelEn
      ? [view.viewLabelEn, view.periodLabelEn]
      : [view.viewLabel, view.periodLabel];
  return `${what} · ${when}${view.provisional ? ` (${w.provisional})` : ''}`;
}

/** Unit and criterion names, period and view labels are data: shown as the portal gives them. */
export function unitBadge(
  unit: UnitAnnotation,
  view: ViewAnnotations,
  locale: Locale = 'vi',
  mark: Mark | null = null,
): BadgeModel {
  const say = sayIn(locale, mark);
  const { w, num } = say;
  const max = unit.maxScore === null ? '' : `/${num(unit.maxScore)}`;
  const lines = [`${unit.name} — ${heading(say, view)}`, `${w.score}: ${num(unit.score)}${max}`];
  if (unit.rating) lines.push(`${w.rating}: ${unit.rating}`);
  if (unit.delta.previous !== null) {
    lines.push(
      `${previousName(say, unit.delta) ?? capital(w.previous)}: ${num(unit.delta.previous)}`,
    );
  }
  if (unit.rank?.rank != null) lines.push(`${capital(w.rank)}: ${unit.rank.rank}/${unit.rank.of}`);
  return finish(
    [deltaPart(say, unit.delta), rankPart(say, unit.rank)],
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
  mark: Mark | null = null,
  /**
   * The portal prints no column for it: the chip says the value and the target as well, named
   * beside the page's heading, compact in a row.
   */
  share: 'heading' | 'row' | null = null,
): BadgeModel {
  const say = sayIn(locale, mark);
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
    lines.push(`${previousName(say, delta) ?? capital(w.previous)}: ${num(delta.previous)}%`);
  }
  if (view.profileName && target.status !== 'no-target') {
    lines.push(`${w.profile}: ${view.profileName}`);
  }
  return finish(
    share
      ? [sharePart(say, criterion, share === 'heading'), compact(targetPart(say, target), share)]
      : [targetPart(say, target), deltaPart(say, delta)],
    [
      `${unit.name}, ${criterion.name}: ${ratio}`,
      targetSentence(say, target),
      deltaSentence(say, delta),
    ],
    lines,
  );
}

/** A share the page shows nowhere: its value against its target, "TT trực tuyến 34,70/≥47%". */
function sharePart(say: Say, criterion: CriterionAnnotation, named: boolean): BadgePart | null {
  const { w, chip, pct } = say;
  if (criterion.ratio === null) return null;
  const goal = criterion.target.target === null ? '%' : `/≥${pct(criterion.target.target)}`;
  const value = `${chip(criterion.ratio)}${goal}`;
  const name = named ? w.shares[criterion.code] : undefined;
  return {
    text: name ? `${name} ${value}` : value,
    tone: 'neutral',
    short: value,
    symbol: '',
    drop: 1,
  };
}

/** In a row, where the heading already said what the chip is, the short form is the form. */
function compact(part: BadgePart | null, share: 'heading' | 'row'): BadgePart | null {
  return part && share === 'row' ? { ...part, text: part.short } : part;
}
