/**
 * Geometry of a portal page as the official sees it, read in the page: where every element and
 * every line of text is, and where every badge is drawn. The functions run inside the page
 * (page.evaluate), so each is self-contained.
 */
import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Drawn extends Box {
  unitId: string;
  criterion: string;
  text: string;
}

interface Snapshot {
  /** One line per element and per line of text, document coordinates to 1/100 px. */
  layout: string[];
  /** Every line of text and every form control or image, viewport coordinates. */
  ink: Box[];
}

/** One walk over the portal's own nodes under `selector`, badges left out. */
function snapshot(page: Page, selector: string): Promise<Snapshot> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`no ${selector}`);
    const layout: string[] = [];
    const ink: Box[] = [];
    const at = (r: DOMRect) =>
      [r.left + scrollX, r.top + scrollY, r.width, r.height].map((v) => v.toFixed(2)).join(' ');
    const keep = (r: DOMRect) => {
      if (r.width > 0 && r.height > 0) {
        ink.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('data-chiso766')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const rect = element.getBoundingClientRect();
        layout.push(`${element.tagName} ${at(rect)}`);
        if (element.matches('input, select, button, textarea, img, svg')) keep(rect);
      } else if (/\S/.test((node as Text).data)) {
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          layout.push(`"${(node as Text).data.trim()}" ${at(rect)}`);
          keep(rect);
        }
      }
    }
    return { layout, ink };
  }, selector);
}

/** Two layouts are equal exactly when no portal element or line of text moved or resized. */
export async function portalLayout(page: Page, selector: string): Promise<string[]> {
  return (await snapshot(page, selector)).layout;
}

/** What must stay readable: portal text and controls. */
export async function portalInk(page: Page, selector: string): Promise<Box[]> {
  return (await snapshot(page, selector)).ink;
}

/** Where each badge is drawn: the chip inside its shadow root, not its zero-size host. */
export function drawnBadges(page: Page): Promise<Drawn[]> {
  return page.$$eval('[data-chiso766="badge"]', (hosts) =>
    hosts.flatMap((host) => {
      const chip = host.shadowRoot?.querySelector('.b');
      if (!chip) return [];
      const r = chip.getBoundingClientRect();
      return [
        {
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          unitId: host.getAttribute('data-unit-id') ?? '',
          criterion: host.getAttribute('data-criterion') ?? '',
          text: chip.textContent ?? '',
        },
      ];
    }),
  );
}

/** Overlap of two boxes beyond anti-aliasing: more than half a pixel both ways. */
export function overlapping(a: Box, b: Box): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5;
}

/** Describes every badge drawn over portal text or over another badge; empty when none is. */
export function collisions(badges: readonly Drawn[], ink: readonly Box[]): string[] {
  const found: string[] = [];
  const name = (b: Drawn) => `${b.unitId}/${b.criterion || 'unit'} "${b.text}"`;
  for (const [i, badge] of badges.entries()) {
    const hit = ink.find((box) => overlapping(badge, box));
    if (hit)
      found.push(`${name(badge)} covers text at ${Math.round(hit.left)},${Math.round(hit.top)}`);
    for (const other of badges.slice(i + 1)) {
      if (overlapping(badge, other)) found.push(`${name(badge)} overlaps ${name(other)}`);
    }
  }
  return found;
}

/** Lines that differ between two layout snapshots, a few of them, to say what moved. */
export function moved(before: readonly string[], after: readonly string[]): string[] {
  const out: string[] = [];
  if (before.length !== after.length)
    out.push(`${before.length} boxes before, ${after.length} after`);
  for (let i = 0; i < Math.min(before.length, after.length) && out.length < 8; i += 1) {
    if (before[i] !== after[i]) out.push(`${before[i]} → ${after[i]}`);
  }
  return out;
}
