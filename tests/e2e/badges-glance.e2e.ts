/**
 * Badges an official reads at a glance (#12 items 1–4) and one badge pass per settled table
 * (#11 item 2), on the replica with July and August of Phú Thọ stored. Screenshots at 1024 px
 * are kept as `tests/artifacts/badges-<BADGES_SHOT or "after">-*.png`.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  ARTIFACTS,
  BADGE,
  PHU_THO,
  PORTAL_PAGE_URL,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const SHOT = process.env.BADGES_SHOT === 'before' ? 'before' : 'after';
const GROUPS = [
  'handling-satisfaction',
  'formality-online-payment-tree',
  'provide-online-tree',
] as const;
const viewUrl = (group: string, month: number) =>
  `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&group=${group}&month=${month}`;

/** Counts every badge host the content script inserts into the page, from the first byte. */
const COUNT_INSERTIONS = () => {
  const w = window as unknown as { __badgeInsertions: number };
  w.__badgeInsertions = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.getAttribute('data-chiso766') === 'badge') {
          w.__badgeInsertions += 1;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Waits until the number of badges has stopped changing for a while. */
async function settled(page: Page, atLeast = 1): Promise<number> {
  const count = () => page.$$eval(BADGE, (hosts) => hosts.length);
  await expect.poll(count, { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
  let last = -1;
  for (let now = await count(); now !== last; now = await count()) {
    last = now;
    await page.waitForTimeout(700);
  }
  return last;
}

describe('badges read at a glance', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    const page = await browser.context.newPage();
    let stored = 0;
    for (const month of [7, 8]) {
      for (const group of GROUPS) {
        await page.goto(viewUrl(group, month));
        await waitReady(page);
        stored += 1;
        await waitForStoredCount(browser.serviceWorker, stored);
      }
    }
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('keeps screenshots at 1024 px and counts badge insertions for one page load', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.addInitScript(COUNT_INSERTIONS);
    const counts: Record<string, number> = {};
    for (const group of GROUPS) {
      await page.goto(viewUrl(group, 8));
      await waitReady(page);
      await settled(page);
      counts[group] = await page.evaluate(
        () => (window as unknown as { __badgeInsertions: number }).__badgeInsertions,
      );
      await page.$eval('[data-testid="results-table"]', (t) => t.scrollIntoView());
      await page.screenshot({ path: join(ARTIFACTS, `badges-${SHOT}-${group}.png`) });
    }
    process.stdout.write(`badge insertions per page load (${SHOT}): ${JSON.stringify(counts)}\n`);
    await page.close();
  });
});
