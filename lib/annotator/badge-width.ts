/**
 * How wide a badge will be before it exists. Measuring text on a canvas with the badge's own
 * font costs no page layout, where inserting a badge to read its width back would lay out the
 * portal's table a second time.
 */

import type { ShownPart } from './badge-detail';
import { BADGE_FONT, PART_GAP, PART_PADDING } from './styles';

/** Where no canvas is available: a generous average advance for 11 px semibold text. */
const FALLBACK_ADVANCE = 7;
/** Sub-pixel rounding and a fallback glyph a little wider than measured. */
const SLACK = 2;
const MAX_REMEMBERED = 2048;

export type WidthMeter = (parts: readonly ShownPart[]) => number;

const meters = new WeakMap<Document, WidthMeter>();

/** One meter per page, so the texts measured in one pass are not measured again in the next. */
export function widthMeterFor(doc: Document): WidthMeter {
  let meter = meters.get(doc);
  if (!meter) {
    meter = createWidthMeter(doc);
    meters.set(doc, meter);
  }
  return meter;
}

export function createWidthMeter(doc: Document): WidthMeter {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = doc.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (context) context.font = BADGE_FONT;
  const widths = new Map<string, number>();
  const textWidth = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      const measured = context?.measureText(text).width;
      width =
        typeof measured === 'number' && measured > 0 ? measured : text.length * FALLBACK_ADVANCE;
      if (widths.size >= MAX_REMEMBERED) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
  return (parts) => {
    let total = SLACK + Math.max(0, parts.length - 1) * PART_GAP;
    for (const part of parts) total += textWidth(part.text) + 2 * PART_PADDING;
    return Math.ceil(total);
  };
}
