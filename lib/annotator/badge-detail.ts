/**
 * How much of a badge shows: the placement tries every level, most first, until one fits.
 */

import { DASH, type Tone } from './badge-part';
import type { BadgeModel } from './badge-text';

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
