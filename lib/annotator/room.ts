/**
 * Where a badge may go beside a value without covering anything: the value's last line of
 * text, and how far free space reaches on either side of it before other content (a label, a
 * "/18") or the edge of the value's box. Reads layout only; writes nothing.
 */

import { isBadgeHost } from './badge-host';

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Room {
  /** The text node the badge's host goes right after. */
  text: Text;
  /** The box that holds the value's line: a table cell, a list item, a card's row. */
  box: Element;
  /** The value's last line, viewport px. */
  line: Rect;
  /** Free space on that line runs from `leftLimit` to `rightLimit`, the value excluded. */
  leftLimit: number;
  rightLimit: number;
}

/**
 * The outcome for one anchor: room to measure, `hidden` when the page does not render the
 * value now (a closed tab, a collapsed card: nothing to measure, so nothing to judge), or
 * `none` when a badge cannot go there at all.
 */
export type Measured =
  | { kind: 'room'; room: Room }
  | { kind: 'hidden'; text: Text }
  | { kind: 'none' };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NON_SPACE = /\S/;
/** Content on another line than ours may overlap it by this much (descenders, rounding). */
const SAME_LINE_OVERLAP = 2;
/** Never draw flush against a box's edge. */
const EDGE = 1;

/** The value's last text node with something visible in it; badges are never looked into. */
export function lastText(anchor: Element): Text | null {
  let node: Node | null = anchor.lastChild;
  while (node && node !== anchor) {
    if (node.nodeType === TEXT_NODE && NON_SPACE.test((node as Text).data)) return node as Text;
    if (node.nodeType === ELEMENT_NODE && !isBadgeHost(node) && node.lastChild) {
      node = node.lastChild;
      continue;
    }
    while (node && node !== anchor && !node.previousSibling) node = node.parentNode;
    if (!node || node === anchor) return null;
    node = node.previousSibling;
  }
  return null;
}

const FLEX_OR_GRID = /flex|grid/;

function displayOf(element: Element): string {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element).display : 'block';
}

/**
 * The box a value's line lives in: the nearest ancestor laid out as a block that is not itself
 * an item of a flex or grid row (an item shrinks to its text, leaving no room; its row holds the
 * free space). Table cells are the common case and need no style lookup.
 */
export function lineBox(start: Element): Element {
  let element: Element = start;
  for (let level = 0; level < 6; level += 1) {
    const tag = element.tagName;
    if (tag === 'TD' || tag === 'TH') return element;
    const parent = element.parentElement;
    if (!parent) return element;
    const display = displayOf(element);
    if (!display.startsWith('inline') && display !== 'contents') {
      if (!FLEX_OR_GRID.test(displayOf(parent))) return element;
    }
    element = parent;
  }
  return element;
}

function onSameLine(rect: DOMRect, line: Rect): boolean {
  const overlap = Math.min(rect.bottom, line.bottom) - Math.max(rect.top, line.top);
  return rect.width > 0.5 && overlap > SAME_LINE_OVERLAP;
}

/**
 * Whether nothing but our own badges lies on one side of `node` inside `box`. Blank text
 * counts as something: it may be what separates the value from a label.
 */
function alone(node: Node, box: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let at: Node | null = node; at && at !== box; at = at.parentNode) {
    for (let other = at[side]; other; other = other[side]) {
      if (!isBadgeHost(other)) return false;
    }
  }
  return true;
}

/** Measures one anchor. `range` is reused across calls: creating one per value is wasteful. */
export function measureRoom(anchor: Element, range: Range): Measured {
  const text = lastText(anchor);
  const parent = text?.parentElement;
  if (!text || !parent) return { kind: 'none' };
  // In a flex or grid container our host would become an item of its own and shift the others.
  if (FLEX_OR_GRID.test(displayOf(parent))) return { kind: 'none' };
  const data = text.data;
  const start = data.search(NON_SPACE);
  const end = data.trimEnd().length;
  range.setStart(text, start);
  range.setEnd(text, end);
  const lines = range.getClientRects();
  const last = lines[lines.length - 1];
  if (!last || (last.width === 0 && last.height === 0)) return { kind: 'hidden', text };
  const line: Rect = { left: last.left, right: last.right, top: last.top, bottom: last.bottom };
  const box = lineBox(parent);
  const bounds = box.getBoundingClientRect();
  let leftLimit = bounds.left + EDGE;
  let rightLimit = bounds.right - EDGE;
  // A value alone in its cell, the common case, has nothing beside it to measure.
  if (start > 0 || !alone(text, box, 'previousSibling')) {
    range.setStart(box, 0);
    range.setEnd(text, start);
    for (const rect of range.getClientRects()) {
      if (onSameLine(rect, line) && rect.right <= line.left + 0.5) {
        leftLimit = Math.max(leftLimit, rect.right);
      }
    }
  }
  if (end < data.length || !alone(text, box, 'nextSibling')) {
    range.setStart(text, end);
    range.setEnd(box, box.childNodes.length);
    for (const rect of range.getClientRects()) {
      if (onSameLine(rect, line) && rect.left >= line.right - 0.5) {
        rightLimit = Math.min(rightLimit, rect.left);
      }
    }
  }
  return { kind: 'room', room: { text, box, line, leftLimit, rightLimit } };
}
