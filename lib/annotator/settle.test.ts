import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAnnotator } from '../bridge/start-annotator';
import type { ViewAnnotations } from './annotations';
import { createAnnotator } from './annotator';
import { CHILD, criterion, ROOT, renderPage, unit, view } from './fixture-view.test-helper';

const BADGE = '[data-chiso766="badge"]';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two views of the same page that word every chip differently. */
const monthly = (delta: number): ViewAnnotations =>
  view([
    unit(ROOT, 'UBND tỉnh Thử', 'PROVINCE', [criterion('CODE_A', 0, undefined, delta)], delta),
    unit(CHILD, 'UBND xã Một', 'COMMUNE', [criterion('CODE_B', 0, undefined, delta)], delta),
  ]);

let inserted = 0;
let observer: MutationObserver;
let controller: AbortController;

beforeEach(() => {
  renderPage(document);
  inserted = 0;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if ((node as Element).getAttribute?.('data-chiso766') === 'badge') inserted += 1;
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  controller = new AbortController();
});

afterEach(() => {
  observer.disconnect();
  controller.abort();
});

describe('one badge pass per settled table', () => {
  it('draws nothing while held, then once after the release, however often it was asked', async () => {
    let shown = monthly(3);
    const annotator = createAnnotator({
      root: document,
      getAnnotations: () => shown,
      signal: controller.signal,
      debounceMs: 10,
    });
    await wait(20);
    const first = document.querySelectorAll(BADGE).length;
    expect(first).toBe(4);
    inserted = 0;
    annotator.hold(true);
    for (let i = 0; i < 10; i++) {
      shown = monthly(i % 2 ? 1 : 2);
      annotator.refreshSoon();
      await wait(5);
    }
    await wait(150);
    expect(inserted).toBe(0);
    annotator.hold(false);
    await wait(150);
    // The last view (Δ 1 on every chip) drawn once: four chips, four insertions.
    expect(inserted).toBe(4);
    expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 1.00');
  });

  it('asks the background once per burst of stored answers and draws once', async () => {
    let fetches = 0;
    let stored = monthly(2);
    const changed: (() => void)[] = [];
    const handle = startAnnotator(document, {
      fetchAnnotations: async () => {
        fetches += 1;
        await wait(10);
        return stored;
      },
      onAnnotationsChanged: (listener) => changed.push(listener),
      enabled: async () => true,
      onEnabledChanged: () => {},
      locale: async () => 'vi',
      onLocaleChanged: () => {},
      signal: controller.signal,
    });
    await wait(250);
    expect(document.querySelectorAll(BADGE).length).toBe(4);
    inserted = 0;
    fetches = 0;
    // Ten answers stored one after another, the view flipping between two months each time.
    for (let i = 0; i < 10; i++) {
      stored = monthly(i % 2 ? 1 : 2);
      handle.captureSent(wait(15));
      await wait(5);
      for (const listener of changed) listener();
    }
    await wait(600);
    expect(fetches).toBeLessThanOrEqual(2);
    expect(inserted).toBe(4);
    expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 1.00');
  });
});
