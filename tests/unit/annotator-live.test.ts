import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnitAnnotation, ViewAnnotations } from '../../lib/annotator/annotations';
import { type Annotator, createAnnotator } from '../../lib/annotator/annotator';
import { startAnnotator } from '../../lib/bridge/start-annotator';
import type { Locale } from '../../lib/format/vietnamese';
// @ts-expect-error -- the replica page is plain JS without declarations
import { buildTable, renderCards, renderTable } from '../replica/page/render.js';

const FIXTURE = 'tests/fixtures/portal-2026/phu-tho-2026-08/transparency.json';
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const BADGES = '[data-chiso766="badge"]';
const UNIT_BADGES = '[data-chiso766="badge"]:not([data-criterion])';
const DEBOUNCE = 20;
/** Long enough for the debounce and the observer's delivery, short enough for a unit test. */
const settle = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE * 4));

interface ApiUnit {
  departmentId: string;
  departmentName: string;
  totalScore: number | null;
  totalMaxScore: number | null;
  metrics: { code: string; name: string; ratio: number | null }[];
}
interface Data {
  overview: ApiUnit;
  evaluation: ApiUnit[];
}

/** 40 units keep happy-dom quick; the anchors test covers the full 164. */
function loadData(): Data {
  const data: Data = JSON.parse(readFileSync(FIXTURE, 'utf8')).data;
  return { ...data, evaluation: data.evaluation.slice(0, 40) };
}

function annotationsFor(data: Data): ViewAnnotations {
  const units = [data.overview, ...data.evaluation].map(
    (unit): UnitAnnotation => ({
      unitId: unit.departmentId,
      name: unit.departmentName,
      kind: 'COMMUNE',
      score: unit.totalScore,
      maxScore: unit.totalMaxScore,
      delta: { delta: 0.5, previous: 1, reason: null, previousLabel: 'Tháng 07/2026' },
      rank: null,
      rating: null,
      criteria: unit.metrics.map((m) => ({
        code: m.code,
        name: m.name,
        ratio: m.ratio,
        score: null,
        maxScore: null,
        fullScoreAt: null,
        target: { status: 'no-target', target: null, gap: null },
        delta: { delta: null, previous: null, reason: 'missing', previousLabel: null },
      })),
    }),
  );
  return {
    snapshotKey: 'k',
    viewLabel: 'Công khai, minh bạch',
    periodLabel: 'Tháng 08/2026',
    viewLabelEn: 'Satisfaction',
    periodLabelEn: '08/2026',
    provisional: false,
    profileName: null,
    units,
  };
}

let data: Data;
let view: ViewAnnotations | null;
let table: HTMLTableElement;
let controller: AbortController;
let annotator: Annotator;
const getAnnotations = vi.fn(() => view);

function show(rows: Data) {
  renderTable(table, buildTable('metric', rows, PHU_THO));
}

/** unit+criterion of every badge on the page; duplicates would show up twice. */
const keys = () =>
  [...document.querySelectorAll(BADGES)].map(
    (b) => `${b.getAttribute('data-unit-id')}/${b.getAttribute('data-criterion') ?? ''}`,
  );

beforeEach(() => {
  data = loadData();
  view = annotationsFor(data);
  table = document.createElement('table');
  document.body.replaceChildren(table);
  show(data);
  getAnnotations.mockReset();
  getAnnotations.mockImplementation(() => view);
  controller = new AbortController();
  annotator = createAnnotator({
    root: document,
    getAnnotations,
    signal: controller.signal,
    debounceMs: DEBOUNCE,
  });
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('createAnnotator', () => {
  it('badges the page at once and counts its badges', () => {
    expect(document.querySelectorAll(UNIT_BADGES).length).toBe(41);
    expect(annotator.count()).toBe(document.querySelectorAll(BADGES).length);
    expect(new Set(keys()).size).toBe(keys().length);
  });

  it('puts badges back once after the page re-renders its rows', async () => {
    const before = keys().sort();
    getAnnotations.mockClear();
    table.querySelector('tbody')?.replaceWith(document.createElement('tbody'));
    show(data);
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    await settle();
    expect(keys().sort()).toEqual(before);
    await settle();
    expect(keys().sort()).toEqual(before);
    // One pass: the badges it inserted did not trigger another.
    expect(getAnnotations).toHaveBeenCalledTimes(1);
  });

  it('badges only the units of the page shown', async () => {
    const half = { ...data, evaluation: data.evaluation.slice(0, 20) };
    show(half);
    await settle();
    const shown = new Set([data.overview, ...half.evaluation].map((u) => u.departmentId));
    const badged = [...document.querySelectorAll(UNIT_BADGES)].map((b) =>
      b.getAttribute('data-unit-id'),
    );
    expect(badged.length).toBe(21);
    for (const id of badged) expect(shown.has(id ?? '')).toBe(true);
    expect(annotator.count()).toBe(document.querySelectorAll(BADGES).length);
  });

  it('follows the page to another markup (cards) and drops units no longer annotated', async () => {
    const grid = document.createElement('div');
    renderCards(grid, buildTable('metric', data, PHU_THO));
    table.replaceWith(grid);
    await settle();
    expect(grid.querySelectorAll(UNIT_BADGES).length).toBe(41);
    if (!view) throw new Error('no view');
    view = { ...view, units: view.units.slice(0, 10) };
    annotator.refresh();
    expect(grid.querySelectorAll(UNIT_BADGES).length).toBe(10);
  });

  it('brings back a badge the page tore out', async () => {
    const host = document.querySelector(UNIT_BADGES);
    const id = host?.getAttribute('data-unit-id');
    host?.remove();
    await settle();
    expect(document.querySelectorAll(`${UNIT_BADGES}[data-unit-id="${id}"]`).length).toBe(1);
  });

  it('removes every badge when disabled and stays quiet until enabled again', async () => {
    const total = annotator.count();
    annotator.setEnabled(false);
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    expect(annotator.count()).toBe(0);
    show(data);
    await settle();
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    annotator.setEnabled(true);
    expect(annotator.count()).toBe(total);
  });

  it('removes every badge on abort and ignores later mutations', async () => {
    const calls = getAnnotations.mock.calls.length;
    controller.abort();
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    show(data);
    annotator.refresh();
    annotator.setEnabled(true);
    await settle();
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    expect(getAnnotations.mock.calls.length).toBe(calls);
  });

  it('removes its badges when the annotations go away', () => {
    view = null;
    annotator.refresh();
    expect(document.querySelectorAll(BADGES).length).toBe(0);
  });

  it('never throws into the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    getAnnotations.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(() => annotator.refresh()).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('the UI language', () => {
  const labels = () =>
    [...document.querySelectorAll(UNIT_BADGES)].map((b) => b.getAttribute('aria-label') ?? '');
  const titles = () =>
    [...document.querySelectorAll(UNIT_BADGES)].map((b) => b.getAttribute('title') ?? '');

  it('rewords every badge in English at once, and back in Vietnamese', () => {
    const count = annotator.count();
    const vietnamese = labels();
    expect(vietnamese.length).toBe(41);
    for (const label of vietnamese) expect(label).toContain('so với Tháng 07/2026: tăng 0,50');
    const before = [...document.querySelectorAll(BADGES)];
    annotator.setLocale('en');
    expect(annotator.count()).toBe(count);
    expect(labels().length).toBe(41);
    for (const label of labels()) {
      expect(label).toMatch(/: [\d.,—]+ points; vs Tháng 07\/2026: up 0\.50$/);
    }
    for (const title of titles()) expect(title).toMatch(/\nScore: /);
    // The chip's numbers follow the page they sit on (this one prints 7,96), not the UI language.
    const shown = document.querySelector(UNIT_BADGES)?.shadowRoot?.textContent ?? '';
    expect(shown).toContain('0,50');
    expect(shown).not.toContain('0.50');
    // New wording, new badges; none left over in the old language.
    for (const host of before) expect(host.isConnected).toBe(false);
    expect(new Set(keys()).size).toBe(keys().length);
    annotator.setLocale('vi');
    expect(labels()).toEqual(vietnamese);
  });

  it('does not redraw for the language it already speaks, nor while switched off', () => {
    const hosts = [...document.querySelectorAll(BADGES)];
    annotator.setLocale('vi');
    expect([...document.querySelectorAll(BADGES)]).toEqual(hosts);
    annotator.setEnabled(false);
    annotator.setLocale('en');
    expect(document.querySelectorAll(BADGES).length).toBe(0);
    annotator.setEnabled(true);
    for (const label of labels()) expect(label).toContain('vs Tháng 07/2026: up 0.50');
  });

  it("keeps the language across the page's own re-renders", async () => {
    annotator.setLocale('en');
    table.querySelector('tbody')?.replaceWith(document.createElement('tbody'));
    show(data);
    await settle();
    expect(labels().length).toBe(41);
    for (const label of labels()) expect(label).toContain('vs Tháng 07/2026: up 0.50');
  });

  it('is read from storage at start and followed when it changes (content-script wiring)', async () => {
    controller.abort();
    const wired = new AbortController();
    let changeLocale: (locale: Locale) => void = () => {};
    startAnnotator(document, {
      fetchAnnotations: async () => view,
      enabled: async () => true,
      onEnabledChanged: () => {},
      locale: async () => 'en',
      onLocaleChanged: (listener) => {
        changeLocale = listener;
      },
      signal: wired.signal,
    });
    await expect.poll(() => labels().length).toBe(41);
    for (const label of labels()) expect(label).toContain('vs Tháng 07/2026: up 0.50');
    changeLocale('vi');
    for (const label of labels()) expect(label).toContain('so với Tháng 07/2026: tăng 0,50');
    wired.abort();
    expect(document.querySelectorAll(BADGES).length).toBe(0);
  });
});

describe('under a mutation storm', () => {
  it('re-applies a few times, keeps its badges and does not feed itself', async () => {
    controller.abort();
    let callbacks = 0;
    const Native = globalThis.MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            callbacks += 1;
            callback(records, observer);
          });
        }
      },
    );
    controller = new AbortController();
    document.querySelectorAll(BADGES).forEach((b) => {
      b.remove();
    });
    annotator = createAnnotator({
      root: document,
      getAnnotations,
      signal: controller.signal,
      debounceMs: DEBOUNCE,
    });
    const hosts = [...document.querySelectorAll(BADGES)];
    getAnnotations.mockClear();
    const ticker = document.createElement('p');
    document.body.append(ticker);
    for (let i = 0; i < 100; i += 1) {
      ticker.textContent = `tick ${i}`;
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await settle();
    const applies = getAnnotations.mock.calls.length;
    expect(applies).toBeGreaterThanOrEqual(1);
    expect(applies).toBeLessThanOrEqual(3);
    // Nothing changed around the values: the very same badge elements are still there.
    expect([...document.querySelectorAll(BADGES)]).toEqual(hosts);
    expect(callbacks).toBeGreaterThan(0);
    const quiet = callbacks;
    await settle();
    await settle();
    expect(callbacks).toBe(quiet);
    expect(getAnnotations.mock.calls.length).toBe(applies);
  });

  it('does not loop even when every pass redraws every badge', async () => {
    let pass = 0;
    getAnnotations.mockImplementation(() => {
      pass += 1;
      // New numbers on every call: each pass replaces all badges, a loop if it fed itself.
      return (
        view && {
          ...view,
          units: view.units.map((u) => ({ ...u, score: u.score, maxScore: pass })),
        }
      );
    });
    show(data);
    await settle();
    const applies = getAnnotations.mock.calls.length;
    await settle();
    await settle();
    expect(getAnnotations.mock.calls.length).toBe(applies);
    expect(new Set(keys()).size).toBe(keys().length);
  });
});
