import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnnotatorHandle, startAnnotator } from '../bridge/start-annotator';
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

  describe('in the content script, while captures are on their way', () => {
    let fetches: number;
    let fetchMs: number;
    let stored: ViewAnnotations;
    let handle: AnnotatorHandle;
    const reply = (annotations?: ViewAnnotations | null) =>
      wait(15).then(() => ({ ok: true, value: annotations === undefined ? {} : { annotations } }));

    beforeEach(async () => {
      fetches = 0;
      fetchMs = 10;
      stored = monthly(2);
      handle = startAnnotator(document, {
        fetchAnnotations: async () => {
          fetches += 1;
          await wait(fetchMs);
          return stored;
        },
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
    });

    it('draws once, with the last view, when a burst of replies carries the annotations', async () => {
      // Ten answers stored one after another, the view flipping between two months each time.
      for (let i = 0; i < 10; i++) {
        handle.captureSent(i + 1, reply(monthly(i % 2 ? 1 : 2)));
        await wait(5);
      }
      await wait(300);
      expect(fetches).toBe(0);
      expect(inserted).toBe(4);
      expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 1.00');
    });

    it('draws from annotations sent ahead, without waiting for the reply or the page to settle', async () => {
      let answer: (value: unknown) => void = () => {};
      handle.captureSent(1, new Promise((resolve) => (answer = resolve)));
      // The page keeps mutating: a debounced pass alone would wait for it to stop.
      const ticker = setInterval(() => document.body.append(document.createElement('i')), 20);
      handle.annotationsArrived(1, monthly(7));
      await wait(60);
      clearInterval(ticker);
      expect(inserted).toBe(4);
      expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 7.00');
      // The reply that follows carries nothing more and asks nothing.
      answer({ ok: true, value: {} });
      await wait(300);
      expect(fetches).toBe(0);
      expect(inserted).toBe(4);
    });

    it('asks the background once when replies bring no annotations (an error, a lost reply)', async () => {
      stored = monthly(5);
      for (let i = 0; i < 5; i++) handle.captureSent(i + 1, reply());
      handle.captureSent(6, Promise.reject(new Error('worker stopped')));
      await wait(400);
      expect(fetches).toBe(1);
      expect(inserted).toBe(4);
      expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 5.00');
    });

    it('never lets an older question undo annotations a capture brought', async () => {
      stored = monthly(9);
      fetchMs = 150;
      handle.captureSent(1, reply());
      // The question the empty reply causes is still out when the next capture's view arrives.
      await wait(20);
      handle.captureSent(
        2,
        wait(1).then(() => ({ ok: true, value: { annotations: monthly(3) } })),
      );
      await wait(400);
      expect(fetches).toBe(1);
      expect(document.querySelector(BADGE)?.shadowRoot?.textContent).toContain('▲ 3.00');
    });
  });
});
