/**
 * One piece of a badge: a single fact said at three lengths, so a tight cell can show less of
 * it without changing what it says.
 */

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

/** No data, and the stand-in for a badge with nothing else to show: never a blank chip. */
export const DASH: BadgePart = { text: '–', tone: 'neutral', short: '–', symbol: '–' };
