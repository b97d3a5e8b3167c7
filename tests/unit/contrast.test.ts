import { describe, expect, it } from 'vitest';
import {
  aaMinimum,
  contrastFailures,
  contrastRatio,
  type PaintedText,
  parseColor,
} from '../support/contrast';

const text = (color: string, backgrounds: string[], size = 13, weight = 400): PaintedText => ({
  text: 'x',
  color,
  backgrounds,
  fontSizePx: size,
  fontWeight: weight,
});

describe('WCAG contrast', () => {
  it('reads the colours browsers serialize', () => {
    expect(parseColor('rgb(10, 107, 45)')).toEqual({ r: 10, g: 107, b: 45, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent')).toBeNull();
  });

  it('gives the known ratios', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5);
    // #767676 on white is the classic smallest grey that passes AA.
    expect(contrastRatio({ r: 118, g: 118, b: 118, a: 1 }, white)).toBeCloseTo(4.54, 2);
  });

  it('asks 3:1 of large text only', () => {
    expect(aaMinimum(13, 400)).toBe(4.5);
    expect(aaMinimum(19, 700)).toBe(3);
    expect(aaMinimum(19, 400)).toBe(4.5);
    expect(aaMinimum(24, 400)).toBe(3);
  });

  it('fails light grey on white and passes the badge colours', () => {
    expect(contrastFailures([text('rgb(153, 153, 153)', [])])).toEqual([
      { text: 'x', ratio: 2.85, minimum: 4.5 },
    ]);
    expect(contrastFailures([text('rgb(10, 107, 45)', ['rgb(227, 243, 232)'])])).toEqual([]);
  });

  it('composes a translucent background over the ones below it', () => {
    // Half-transparent black over white is mid grey: white text on it no longer passes.
    expect(
      contrastFailures([text('rgb(255, 255, 255)', ['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'])]),
    ).toHaveLength(1);
    expect(
      contrastFailures([text('rgb(255, 255, 255)', ['rgba(0, 0, 0, 0.9)', 'rgb(255, 255, 255)'])]),
    ).toEqual([]);
  });
});

describe('translucent text', () => {
  it('counts the opacity of the element and its ancestors', () => {
    const dark = text('rgb(27, 31, 36)', ['rgb(255, 255, 255)']);
    expect(contrastFailures([dark])).toEqual([]);
    expect(contrastFailures([{ ...dark, opacity: 0.3 }])).toHaveLength(1);
  });
});
