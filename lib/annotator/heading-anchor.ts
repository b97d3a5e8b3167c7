/**
 * Where the page names the group and period it shows ("UBND tỉnh Phú Thọ · Thanh toán trực
 * tuyến · Tháng 08/2026"): the root's targets for shares with no column of their own are
 * shown there. Found by text, like every other anchor: the smallest element that says both
 * the group's name and the period's year, outside tables, tabs and pickers.
 */

import { BADGE_ATTRIBUTE } from './text-index';
import { normalizeLabel } from './text-match';

/** A heading is a line, not a paragraph: longer texts are sections that merely mention it. */
const MAX_HEADING = 160;
const SKIPPED = 'table, select, option, script, style, template, [role="tab"], button';
// NodeFilter.SHOW_TEXT, spelled out so the code needs no NodeFilter global.
const SHOW_TEXT = 4;

export function findHeading(root: ParentNode, groupLabel: string, year: string): Element | null {
  const label = normalizeLabel(groupLabel);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (!label || !year || !doc.createTreeWalker) return null;
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (data.length > MAX_HEADING || !normalizeLabel(data).includes(label)) continue;
    let element = node.parentElement;
    if (!element || element.closest(SKIPPED) || element.closest(`[${BADGE_ATTRIBUTE}]`)) continue;
    for (let level = 0; element && level < 3; level += 1) {
      const text = element.textContent ?? '';
      if (text.length > MAX_HEADING) break;
      if (text.includes(year)) return element;
      element = element.parentElement;
    }
  }
  return null;
}
