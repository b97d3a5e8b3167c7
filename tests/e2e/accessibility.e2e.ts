/**
 * Contrast AA, measured on what Chromium paints: every badge chip on the portal page and every
 * text of the side panel, the dashboard and the popup, in the colours the browser computed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { contrastFailures } from '../support/contrast.ts';
import {
  BADGE,
  PORTAL_PAGE_URL,
  SATISFACTION_QUERY,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import { paintedTexts } from '../support/painted-text.ts';

describe('contrast AA', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;

  const extensionPage = async (path: string, width = 1100) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    portal = await browser.context.newPage();
    // Two months, so badges show every tone: met, not met, rises, falls and rank changes.
    await portal.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=7`);
    await waitReady(portal);
    await portal.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8`);
    await waitReady(portal);
    await waitForStoredCount(browser.serviceWorker, 2);
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('every badge chip on the portal page, in all three tones', async () => {
    await expect
      .poll(() => portal.$$eval(BADGE, (h) => h.length), { timeout: 15_000 })
      .toBeGreaterThan(300);
    const chips = await paintedTexts(portal, BADGE);
    expect(chips.length).toBeGreaterThan(300);
    const tones = await portal.$$eval(BADGE, (hosts) => [
      ...new Set(
        hosts.flatMap((h) =>
          [...(h.shadowRoot?.querySelectorAll('.p') ?? [])].map((p) => p.classList[1]),
        ),
      ),
    ]);
    expect(tones.sort()).toEqual(['bad', 'good', 'neutral']);
    expect(contrastFailures(chips)).toEqual([]);
  });

  it('every text of the side panel scorecard', async () => {
    const panel = await extensionPage('sidepanel.html', 420);
    await expect
      .poll(() => panel.getByTestId('scorecard-unit').textContent())
      .toBe('UBND tỉnh Phú Thọ — Tháng 08/2026');
    const texts = await paintedTexts(panel, 'body');
    expect(texts.length).toBeGreaterThan(40);
    expect(contrastFailures(texts)).toEqual([]);
    await panel.close();
  });

  it('every text of the dashboard and the popup', async () => {
    // Every view of the dashboard (#/overview … #/settings), each once its content is there.
    const views = [
      ['overview', '[data-testid="analysis-table"]'],
      ['data', '[data-testid="snapshots-table"]'],
      ['settings', '[data-testid="profile-add"]'],
      ['report', '[data-testid="report-text"]'],
      ['compare', '[data-testid="peer-table"]'],
      ['trend', '[data-testid="trend-table"]'],
    ] as const;
    let painted = 0;
    for (const [view, ready] of views) {
      const dashboard = await extensionPage(`dashboard.html#/${view}`);
      await dashboard.waitForSelector(ready, { timeout: 15_000 });
      const texts = await paintedTexts(dashboard, 'body');
      painted += texts.length;
      expect(contrastFailures(texts), view).toEqual([]);
      await dashboard.close();
    }
    expect(painted).toBeGreaterThan(40);

    const popup = await extensionPage('popup.html', 360);
    await expect.poll(() => popup.locator('button').count()).toBeGreaterThan(0);
    const popupTexts = await paintedTexts(popup, 'body');
    expect(popupTexts.length).toBeGreaterThan(3);
    expect(contrastFailures(popupTexts)).toEqual([]);
    await popup.close();
  });
});
