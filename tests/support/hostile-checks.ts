import type { Frame, Page } from 'playwright-core';
import { PWNED } from './hostile-names.ts';

/**
 * TEST SUPPORT ONLY: what "no script ran and the text shows as text" means on one page or
 * frame, checked in the DOM (badge shadow roots included) and in the page's own world.
 */

export interface PageWatch {
  dialogs: string[];
  errors: string[];
}

/** Dialogs (an `alert` would be one) and console errors (a CSP refusal is one) from now on. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    d.dismiss().catch(() => undefined);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  return watch;
}

export interface InjectionReport {
  /** Set by any payload that ran. */
  pwned: unknown;
  /** Elements a name could only have made by being parsed as HTML. */
  injected: string[];
  /** Text of the page, shadow roots included. */
  text: string;
  /** How far the page scrolls sideways past its viewport, in CSS pixels. */
  overflowX: number;
  /** The innermost element reaching furthest right, when the page overflows (for the message). */
  culprit: string | null;
}

/** Looks through the document and every open shadow root. */
export function inspect(target: Page | Frame): Promise<InjectionReport> {
  return target.evaluate((flag) => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const injected: string[] = [];
    let text = '';
    for (const root of roots) {
      for (const el of root.querySelectorAll(
        'img[src="x"], [onerror], iframe[src^="javascript"]',
      )) {
        injected.push(el.outerHTML.slice(0, 80));
      }
      for (const a of root.querySelectorAll('a[href]')) {
        if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) injected.push(a.outerHTML);
      }
      for (const s of root.querySelectorAll('script')) {
        if (s.textContent?.includes(flag)) injected.push(s.outerHTML.slice(0, 80));
      }
      text += ` ${root instanceof Document ? root.body.innerText : (root.textContent ?? '')}`;
    }
    const doc = document.documentElement;
    const overflowX = Math.max(0, doc.scrollWidth - doc.clientWidth);
    let culprit: string | null = null;
    if (overflowX > 0) {
      const wide = [...document.querySelectorAll('body *')].filter(
        (el) => el.getBoundingClientRect().right > doc.clientWidth + 8,
      );
      const inner = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
      culprit = inner
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${el.className} < ${el.parentElement?.tagName}.${el.parentElement?.className}`,
        )
        .join(' | ');
    }
    return {
      pwned: (globalThis as Record<string, unknown>)[flag],
      injected,
      text,
      overflowX,
      culprit,
    };
  }, PWNED);
}
