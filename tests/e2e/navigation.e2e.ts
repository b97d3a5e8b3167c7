/**
 * The page changing under the badges without a reload. A portal that splits its 163 units into
 * pages: turning the page re-renders the same table with other rows, and the badges follow — on
 * the units now shown, and on none that left. And a client-side app moving to another route and
 * back: no badge is left behind, and the table gets its badges again when it is rebuilt.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  ARTIFACTS,
  BADGE,
  PORTAL_PAGE_URL,
  pageErrors,
  SATISFACTION_QUERY,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PER_PAGE = 50;

/** Unit ids of the rows the page shows now, the province's own row first. */
const shownUnits = (page: Page) =>
  page.$$eval('[data-testid="results-table"] tr[data-unit-id]', (rows) =>
    rows.map((row) => row.getAttribute('data-unit-id') ?? ''),
  );

/** Units with a chip of any kind: one whose score did not move may have none of its own. */
const badgedUnits = async (page: Page) =>
  new Set(await page.$$eval(BADGE, (hosts) => hosts.map((h) => h.getAttribute('data-unit-id'))));

/** Badges on ≥ 95 % of the rows shown, and on nothing else. */
async function expectBadgesOn(page: Page, shown: string[]) {
  await expect
    .poll(
      async () => {
        const badged = await badgedUnits(page);
        return shown.filter((id) => badged.has(id)).length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(Math.ceil(shown.length * 0.95));
  const stray = [...(await badgedUnits(page))].filter((id) => id && !shown.includes(id));
  expect(stray).toEqual([]);
}

describe('badges across pages and routes of the portal app', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    portal = await browser.context.newPage();
    errors = pageErrors(portal);
    await portal.goto(`${PORTAL_PAGE_URL}${SATISFACTION_QUERY}&month=8&perPage=${PER_PAGE}`);
    await waitReady(portal);
    await waitForStoredCount(browser.serviceWorker, 1);
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('badges the first page', async () => {
    expect(await portal.getByTestId('pager-status').textContent()).toBe('Trang 1/4');
    const shown = await shownUnits(portal);
    expect(shown).toHaveLength(PER_PAGE + 1);
    await expectBadgesOn(portal, shown);
  });

  it('follows the page forward to the last, short page and back', async () => {
    const first = await shownUnits(portal);
    const seen = new Set(first.slice(1));
    for (const expected of ['Trang 2/4', 'Trang 3/4', 'Trang 4/4']) {
      await portal.getByTestId('pager-next').click();
      await expect.poll(() => portal.getByTestId('pager-status').textContent()).toBe(expected);
      const shown = await shownUnits(portal);
      for (const id of shown.slice(1)) {
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
      await expectBadgesOn(portal, shown);
    }
    // 163 child units in all: 50 + 50 + 50 + 13, each shown once.
    expect(seen.size).toBe(163);
    expect(await shownUnits(portal)).toHaveLength(14);
    await portal.screenshot({ path: join(ARTIFACTS, 'annotator-last-page.png'), fullPage: true });

    await portal.getByTestId('pager-prev').click();
    await portal.getByTestId('pager-prev').click();
    await portal.getByTestId('pager-prev').click();
    await expect.poll(() => portal.getByTestId('pager-status').textContent()).toBe('Trang 1/4');
    expect(await shownUnits(portal)).toEqual(first);
    await expectBadgesOn(portal, first);
  });

  it('starts again on page 1 of the new answer when the group changes', async () => {
    await portal.getByTestId('pager-next').click();
    await expect.poll(() => portal.getByTestId('pager-status').textContent()).toBe('Trang 2/4');
    // A group with a target on nearly every row: each row has something to say.
    await portal.click('[data-testid="group-tab-dossier-digitized"]');
    await expect.poll(() => portal.getByTestId('pager-status').textContent()).toBe('Trang 1/4');
    await waitReady(portal);
    await waitForStoredCount(browser.serviceWorker, 2);
    await expect
      .poll(
        () =>
          portal.$$eval(
            BADGE,
            (hosts) =>
              new Set(
                hosts
                  .filter((h) => h.getAttribute('title')?.includes('Số hóa hồ sơ'))
                  .map((h) => h.getAttribute('data-unit-id')),
              ).size,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(Math.ceil((PER_PAGE + 1) * 0.95));
    await expectBadgesOn(portal, await shownUnits(portal));
  });

  it('leaves no badge on a route without the table, and badges again on coming back', async () => {
    const noBadges = () => portal.$$eval('[data-chiso766]', (hosts) => hosts.length);
    const path = () => portal.evaluate(() => location.pathname);
    const query = await portal.evaluate(() => location.search);

    await portal.getByTestId('nav-lookup').click();
    await expect.poll(path).toBe('/tra-cuu-ho-so');
    await expect.poll(noBadges).toBe(0);
    expect(await portal.$$eval('[data-testid="results-table"] tr', (rows) => rows.length)).toBe(0);

    // The browser's Back button: the app rebuilds the table, the badges come back to it.
    await portal.goBack();
    await expect.poll(path).toBe('/danh-gia-chat-luong-phuc-vu');
    await waitReady(portal);
    await expectBadgesOn(portal, await shownUnits(portal));

    // Away and back again by the app's own links, to the same view it showed.
    await portal.getByTestId('nav-lookup').click();
    await expect.poll(noBadges).toBe(0);
    await portal.getByTestId('nav-assessment').click();
    await expect.poll(() => portal.evaluate(() => location.search)).toBe(query);
    await waitReady(portal);
    const shown = await shownUnits(portal);
    expect(shown).toHaveLength(PER_PAGE + 1);
    await expectBadgesOn(portal, shown);
    expect(errors).toEqual([]);
  });
});
