/**
 * The budget "no layout shift of portal content", measured in real Chromium: switching the
 * badges on must leave every portal element and every line of text exactly where it was, the
 * browser's own Layout Instability API must report no shift, and no badge may be drawn over
 * portal text or over another badge — in the table layout, the cards layout, and after the
 * window is narrowed.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  ARTIFACTS,
  BADGE,
  PORTAL_PAGE_URL,
  SATISFACTION_QUERY,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import {
  collisions,
  drawnBadges,
  moved,
  portalInk,
  portalLayout,
} from '../support/page-geometry.ts';

type Chrome = typeof import('wxt/browser').browser;

describe('badges and the portal layout', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  const switchBadges = (on: boolean) =>
    browser.serviceWorker.evaluate(async (on) => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      await storage.local.set({ annotationsEnabled: on });
    }, on);

  /**
   * Units with a badge, once their number has stopped changing and the browser has painted
   * twice. A unit whose score did not move has no chip of its own; its criteria still do.
   */
  async function settledBadges(page: Page, atLeast: number): Promise<number> {
    const count = () =>
      page.$$eval(
        BADGE,
        (hosts) => new Set(hosts.map((host) => host.getAttribute('data-unit-id'))).size,
      );
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThanOrEqual(atLeast);
    let last = -1;
    for (let now = await count(); now !== last; now = await count()) {
      last = now;
      await page.waitForTimeout(400);
    }
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return last;
  }

  /** Records layout shifts from now on, as the Core Web Vitals CLS metric counts them. */
  const watchShifts = (page: Page) =>
    page.evaluate(() => {
      const shifts: number[] = [];
      (globalThis as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift' });
    });
  const shifts = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { __shifts: number[] }).__shifts);

  /**
   * Wraps every value the page prints in blanks, as framework templates do (`<td> {{x}} </td>`):
   * a badge host that turned a collapsed trailing blank into a visible one would shift every
   * right-aligned number by a space.
   */
  const padValues = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) => {
      for (const element of elements) {
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && /\d/.test((node as Text).data)) {
            (node as Text).data = `\n    ${(node as Text).data}\n  `;
          }
        }
      }
      return elements.length;
    });

  /** What an official gets when selecting the whole table to paste it into Excel. */
  const copiedTable = (page: Page) =>
    page.evaluate(() => {
      const table = document.querySelector('table');
      const selection = getSelection();
      if (!table || !selection) return '';
      const range = document.createRange();
      range.selectNode(table);
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return text;
    });

  /** Badges off, the page measured; badges on, the page measured again and checked. */
  async function expectNothingMoves(
    page: Page,
    selector: string,
    minimum: number,
    padded?: string,
  ) {
    await switchBadges(false);
    await expect.poll(() => page.$$eval('[data-chiso766]', (h) => h.length)).toBe(0);
    if (padded) expect(await padValues(page, padded)).toBeGreaterThan(500);
    const before = await portalLayout(page, selector);
    expect(before.length).toBeGreaterThan(1000);
    await watchShifts(page);
    await switchBadges(true);
    const count = await settledBadges(page, minimum);
    expect(moved(before, await portalLayout(page, selector))).toEqual([]);
    expect(await shifts(page)).toEqual([]);
    return count;
  }

  async function expectNothingCovered(page: Page, selector: string) {
    const badges = await drawnBadges(page);
    expect(badges.length).toBeGreaterThan(200);
    expect(collisions(badges, await portalInk(page, selector))).toEqual([]);
  }

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    const page = await browser.context.newPage();
    // Two months stored, so badges carry trends and rank changes, as they do for an official.
    await page.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=7`);
    await waitReady(page);
    await page.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8`);
    await waitReady(page);
    await waitForStoredCount(browser.serviceWorker, 2);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('table: switching badges on moves nothing and covers nothing', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8`);
    await waitReady(page);
    await switchBadges(false);
    await expect.poll(() => page.$$eval('[data-chiso766]', (h) => h.length)).toBe(0);
    const plainCopy = await copiedTable(page);
    const units = await expectNothingMoves(page, 'main', 156, 'main td');
    expect(units).toBeGreaterThanOrEqual(156);
    // The badges live in shadow roots: a copied table carries the portal's figures only.
    const copy = await copiedTable(page);
    expect(copy).not.toMatch(/[▲▼✓✗↑↓]/);
    expect(copy.replace(/\s+/g, ' ')).toBe(plainCopy.replace(/\s+/g, ' '));
    expect(copy).toContain('78.22');
    await expectNothingCovered(page, 'main');
    await page.close();
  });

  it('cards: switching badges on moves nothing and covers nothing', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8&layout=cards`);
    await waitReady(page);
    await expectNothingMoves(page, 'main', 156, 'main li b, main strong');
    await expectNothingCovered(page, 'main');
    await page.close();
  });

  it('a narrowed window: badges are judged again and still cover nothing', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8`);
    await waitReady(page);
    await settledBadges(page, 156);
    await page.setViewportSize({ width: 860, height: 900 });
    // Columns are narrower now: badges that no longer fit move or shorten once the page settles.
    await expect
      .poll(async () => collisions(await drawnBadges(page), await portalInk(page, 'main')).length, {
        timeout: 10_000,
      })
      .toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'annotator-narrow.png') });
    await expectNothingMoves(page, 'main', 140);
    await expectNothingCovered(page, 'main');
    await page.close();
  });
});
