/**
 * How much of a badge shows: the placement tries every level, most first, until one fits.
 * Parts keep their order at every level; when space is short the short forms come first, then
 * parts are dropped by their `drop` rank, and the last part left is shortened to its symbol.
 */

import type { Tone } from './badge-part';
import type { BadgeModel } from './badge-text';

/** How much a badge says: 0 is everything, each next level says less. */
export type Detail = number;

export interface ShownPart {
  text: string;
  tone: Tone;
}

const levelsOf = new WeakMap<BadgeModel, ShownPart[][]>();

/** Every level of a badge, from the full form to the least it can say; never an empty one. */
export function levels(model: BadgeModel): ShownPart[][] {
  let out = levelsOf.get(model);
  if (out) return out;
  const { parts } = model;
  out = [parts.map(({ text, tone }) => ({ text, tone }))];
  let kept = parts;
  const push = (level: ShownPart[]) => {
    const last = out?.[out.length - 1];
    if (!last || last.map((p) => p.text).join('\u0000') !== level.map((p) => p.text).join('\u0000'))
      out?.push(level);
  };
  push(kept.map(({ short, tone }) => ({ text: short, tone })));
  while (kept.length > 1) {
    const worst = kept.reduce((a, b) => (b.drop >= a.drop ? b : a));
    kept = kept.filter((part) => part !== worst);
    push(kept.map(({ short, tone }) => ({ text: short, tone })));
  }
  const [only] = kept;
  if (only?.tight) push([{ text: only.tight, tone: only.tone }]);
  if (only?.symbol) push([{ text: only.symbol, tone: only.tone }]);
  levelsOf.set(model, out);
  return out;
}

/** The parts a badge shows at a level of detail (the least it says past the last level). */
export function partsAt(model: BadgeModel, detail: Detail): ShownPart[] {
  const all = levels(model);
  return all[Math.min(detail, all.length - 1)] ?? [];
}
