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
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const body = doc.createElement('span');
  body.className = 'b';
  body.setAttribute('aria-hidden', 'true');
  for (const part of model.parts) {
    const piece = doc.createElement('span');
    piece.className = `p ${part.tone}`;
    piece.textContent = part.text;
    body.append(piece);
  }
  shadow.append(style, body);
  return host;
}

/** Table cells keep their badge inside, so the row keeps its column count. */
function isCell(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
}

/** Right after the value: as its next sibling, or at the end of the cell that prints it. */
export function placeBadge(host: Element, anchor: Element): void {
  if (isCell(anchor)) anchor.append(host);
  else anchor.after(host);
}

export function isPlacedAt(host: Element, anchor: Element): boolean {
  if (!host.isConnected) return false;
  return isCell(anchor) ? host.parentNode === anchor : anchor.nextSibling === host;
}
