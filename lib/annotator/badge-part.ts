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
  /** Tighter still, once it is the only part left: the shortfall's number alone, `−3,25`. */
  tight?: string;
  /** The symbol alone, for the tightest cells; empty for parts that have none. */
  symbol: string;
  /**
   * When space runs out, parts with a higher number go first. The shortfall against a target
   * is 0: the one number an official needs is the last thing a badge stops saying.
   */
  drop: number;
}

/** No data: the cell's 0,00 is not a measured zero. */
export const DASH: BadgePart = { text: '–', tone: 'neutral', short: '–', symbol: '–', drop: 0 };
