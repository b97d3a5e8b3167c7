/**
 * The badge element: a host span the page can see and a shadow root holding what it shows.
 * Everything is built with createElement and textContent: unit names come from the portal's
 * API and must never be parsed as HTML.
 */

import type { ShownPart } from './badge-detail';
import { markBadgeHost } from './badge-host';
import type { BadgeModel } from './badge-text';
import { GAP, type Side } from './placement';
import { BADGE_CSS, HOST_STYLE } from './styles';

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

const prototypes = new WeakMap<Document, HTMLElement>();

/**
 * What every host shares, built once per page: cloning it copies the attributes and the parsed
 * inline style, where building each of several hundred hosts would parse the style again.
 */
function prototypeFor(doc: Document): HTMLElement {
  let host = prototypes.get(doc);
  if (!host) {
    host = doc.createElement('span');
    markBadgeHost(host);
    // role=img makes screen readers announce the label as one unit instead of spelling out
    // "check mark", "black up-pointing triangle" from the symbols inside.
    host.setAttribute('role', 'img');
    // Reachable with Tab, in the table's own order; focus shows the details (badge-details.ts).
    host.setAttribute('tabindex', '0');
    host.style.cssText = HOST_STYLE;
    prototypes.set(doc, host);
  }
  return host;
}

/** Where the badge is drawn from its host; null when the page gave nothing to measure. */
export interface BadgeSpot {
  side: Side;
  offsetX: number;
  offsetBottom: number;
}

/** A value the page does not render now: drawn after it, re-judged once it shows. */
const UNMEASURED: BadgeSpot = { side: 'after', offsetX: GAP, offsetBottom: -2 };

export function createBadge(
  doc: Document,
  model: BadgeModel,
  parts: readonly ShownPart[],
  spot: BadgeSpot | null,
  unitId: string,
  criterion?: string,
): HTMLElement {
  const host = prototypeFor(doc).cloneNode(false) as HTMLElement;
  host.setAttribute('data-unit-id', unitId);
  if (criterion !== undefined) host.setAttribute('data-criterion', criterion);
  if (spot === null) host.setAttribute('data-unmeasured', '');
  host.setAttribute('aria-label', model.label);
  host.title = model.title;
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
  const { side, offsetX, offsetBottom } = spot ?? UNMEASURED;
  const body = doc.createElement('span');
  body.className = 'b';
  body.setAttribute('aria-hidden', 'true');
  body.style.setProperty(side === 'after' ? 'left' : 'right', `${offsetX}px`);
  body.style.setProperty('bottom', `${offsetBottom}px`);
  for (const part of parts) {
    const piece = doc.createElement('span');
    piece.className = `p ${part.tone}`;
    piece.textContent = part.text;
    body.append(piece);
  }
  shadow.append(body);
  return host;
}

/** Right after the value's text, inside the element that prints it. */
export function placeHost(host: Element, text: Text): void {
  text.after(host);
}

export function isPlacedAfter(host: Element, text: Text): boolean {
  return host.isConnected && text.nextSibling === host;
}
