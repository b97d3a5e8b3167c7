/**
 * How each overlaid unit is drawn: a colour AND a line pattern, so that colour is never the
 * only difference (print in grey, colour-blind readers). Provisional segments keep the unit's
 * pattern, faded and thinner, with hollow points; the solid line's become short dashes.
 */

export interface SeriesStyle {
  /** Line colour, at least 4.5:1 against white. */
  stroke: string;
  /** uPlot / canvas dash pattern; empty is a solid line. */
  dash: number[];
  /** The pattern's name for the legend's text alternative. */
  pattern: 'solid' | 'long-dash' | 'dash-dot' | 'long-long-dash' | 'dash-dot-dot';
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { stroke: '#9b1c1c', dash: [], pattern: 'solid' },
  { stroke: '#0550ae', dash: [12, 5], pattern: 'long-dash' },
  { stroke: '#8a4600', dash: [12, 4, 2, 4], pattern: 'dash-dot' },
  { stroke: '#6639ba', dash: [22, 6], pattern: 'long-long-dash' },
  { stroke: '#0b6e6e', dash: [10, 3, 2, 3, 2, 3], pattern: 'dash-dot-dot' },
];

/** The dash of the solid unit's provisional segments: shorter than any unit's pattern. */
export const PROVISIONAL_DASH: readonly number[] = [3, 4];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
}
