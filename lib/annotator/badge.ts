/**
 * The badge element: a host span the page can see and a shadow root holding what it shows.
 * Everything is built with createElement and textContent: unit names come from the portal's
 * API and must never be parsed as HTML.
 */

import type { BadgeModel } from './badge-text';
import { BADGE_CSS, HOST_STYLE } from './styles';
import { BADGE_ATTRIBUTE } from './text-index';

export const BADGE_SELECTOR = `[${BADGE_ATTRIBUTE}="badge"]`;

export function isBadgeHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).getAttribute(BADGE_ATTRIBUTE) === 'badge';
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/**
 * One parsed stylesheet adopted by every badge: a <style> per badge would make the browser
 * parse and match the same rules hundreds of times (most of the annotator's cost on a
 * 164-unit table). Falls back to <style> where constructable sheets are missing.
 */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

export function createBadge(
  doc: Document,
  model: BadgeModel,
  unitId: string,
  criterion?: string,
): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTRIBUTE, 'badge');
  host.setAttribute('data-unit-id', unitId);
  if (criterion !== undefined) host.setAttribute('data-criterion', criterion);
  // role=img makes screen readers announce the label as one unit instead of spelling out
  // "check mark", "black up-pointing triangle" from the symbols inside.
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', model.label);
  host.title = model.title;
  host.style.cssText = HOST_STYLE;
  // Open, not closed: a closed root hides nothing from the page (it runs in its own world and
  // the text is not secret) but would keep tests and accessibility tooling from reading it.
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
  const body = doc.createElement('span');
  body.className = 'b';
  body.setAttribute('aria-hidden', 'true');
  for (const part of model.parts) {
    const piece = doc.createElement('span');
    piece.className = `p ${part.tone}`;
    piece.textContent = part.text;
    body.append(piece);
  }
  shadow.append(body);
  return host;
}

function isCell(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
}

/**
 * Whether the badge goes inside the value's element instead of after it. A table cell keeps
 * its badge inside so the row keeps its column count; likewise when the parent lays children
 * out as flex items, grid cells or table parts, where a new sibling would become an item of its
 * own and shift the portal's columns (or be spread apart by `space-between`).
 */
export function goesInside(anchor: Element): boolean {
  if (isCell(anchor)) return true;
  const parent = anchor.parentElement;
  const view = anchor.ownerDocument.defaultView;
  if (!parent || !view) return false;
  const display = view.getComputedStyle(parent).display;
  if (display.includes('flex') || display.includes('grid')) return true;
  return display.startsWith('table') && display !== 'table-cell' && display !== 'table-caption';
}

/** Right after the value: as its next sibling, or at the end of the element that prints it. */
export function placeBadge(host: Element, anchor: Element, inside = goesInside(anchor)): void {
  if (inside) anchor.append(host);
  else anchor.after(host);
}

export function isPlacedAt(host: Element, anchor: Element, inside = isCell(anchor)): boolean {
  if (!host.isConnected) return false;
  return inside ? host.parentNode === anchor : anchor.nextSibling === host;
}
