import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { countRank, rawChildren, rawTotal } from '../support/compare-fixtures.ts';
import {
  ARTIFACTS,
  PHU_THO,
  PORTAL_PAGE_URL,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { readStoredCaptures, waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const GROUP_PATHS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];
const FIRST_SCREEN = { width: 420, height: 800 };
const POOL: Record<string, string> = { AGENCY: 'sở, ngành', COMMUNE: 'xã, phường' };

const portalUrl = (month: number, group: string) =>
  `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&month=${month}&group=${group}`;

/** Clicks through the six group tabs of July (illustrative) and August, as an official would. */
async function storeTwoMonths(browser: LaunchedExtension): Promise<void> {
  const portal = await browser.context.newPage();
  for (const month of [7, 8]) {
    for (const group of GROUP_PATHS) {
      await portal.goto(portalUrl(month, group));
      await waitReady(portal);
    }
  }
  await browser.serviceWorker.evaluate('globalThis.__name ??= (fn) => fn');
  await waitForStoredCount(browser.serviceWorker, 12, 30_000);
}

async function openPanel(browser: LaunchedExtension): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize(FIRST_SCREEN);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return panel;
}

/** The rank text reports use, from the August fixtures read without the extension. */
function expectedRank(id: string, among: 'kind' | 'all'): string {
  const units = [...rawChildren('2026-08').values()];
  const me = units.find((u) => u.id === id);
  const peers = among === 'all' ? units : units.filter((u) => u.kind === me?.kind);
  const totals = peers.map(rawTotal);
  const mine = me ? rawTotal(me) : null;
  const rank = countRank(totals, mine);
  const tied = totals.filter((v) => v === mine).length;
  const pool = among === 'all' ? 'đơn vị' : POOL[me?.kind ?? ''];
  return tied > 1
    ? `đồng hạng ${rank}, ${tied} đơn vị (trong ${peers.length} ${pool})`
    : `hạng ${rank}/${peers.length} ${pool}`;
}

describe('side panel at a glance (420 px), two months stored', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    await storeTwoMonths(browser);
    panel = await openPanel(browser);
    await panel.getByTestId('scorecard-total').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('holds the headline and the six groups on the first screen, criteria folded', async () => {
    await panel.evaluate(() => window.scrollTo(0, 0));
    const bottom = async (selector: string) => {
      const box = await panel.locator(selector).last().boundingBox();
      return (box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0);
    };
    expect(await panel.getByTestId('scorecard-total').textContent()).toContain('59,92/100 điểm');
    // Δ of the summed total: July and August both have their six groups.
    const delta = (await panel.getByTestId('scorecard-delta').textContent()) ?? '';
    expect(delta).toMatch(/^[▲▼] \d+,\d\d điểm so với Tháng 07\/2026$/);
    expect(await bottom('[data-testid="scorecard-delta"]')).toBeLessThanOrEqual(800);
    expect(await panel.locator('.groups li').count()).toBe(6);
    expect(await bottom('.groups li')).toBeLessThanOrEqual(FIRST_SCREEN.height);
    // The group the page shows (August, dossier-digitized: the last tab opened) is open.
    const sections = panel.locator('details[data-group-section]');
    expect(await sections.count()).toBe(6);
    expect(await panel.locator('details[data-group-section][open]').count()).toBe(1);
    expect(
      await panel.locator('details[data-group-section="MDSH"]').getAttribute('open'),
    ).not.toBeNull();
    // Two periods draw no line (a stray slash), they read "from → to".
    expect(await panel.locator('svg.sparkline').count()).toBe(0);
    const fromTo = panel.locator('details[open] [data-testid="from-to"]').first();
    expect(await fromTo.textContent()).toMatch(/^\d+,\d\d% → \d+,\d\d%$/);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-after-420.png'), fullPage: true });
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-after-420-first-screen.png') });
    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    console.log(`panel height at 420 px: ${height} px`);
  });

  it('ranks a unit among units of its kind, as an independent ranking does; all units on request', async () => {
    const units = [...rawChildren('2026-08').values()];
    const agency = units.filter((u) => u.kind === 'AGENCY')[4];
    const commune = units.filter((u) => u.kind === 'COMMUNE')[30];
    for (const unit of [agency, commune]) {
      if (!unit) throw new Error('fixture has agencies and communes');
      await panel.getByTestId('unit-select').selectOption(unit.id);
      await expect
        .poll(() => panel.getByTestId('scorecard-unit').textContent())
        .toContain(unit.name);
      await expect
        .poll(() => panel.getByTestId('scorecard-rank').textContent())
        .toBe(expectedRank(unit.id, 'kind'));
    }
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-after-420-commune.png') });
    // Ties are said once: in a group where communes score alike, "đồng hạng".
    const groupRanks = await panel.locator('[data-testid^="group-rank-"]').allTextContents();
    expect(groupRanks).toHaveLength(6);
    expect(groupRanks.join(' ')).not.toMatch(/\/163/);
    expect(groupRanks.some((text) => text.startsWith('đồng hạng'))).toBe(true);

    await panel.getByTestId('rank-among').selectOption('all');
    await expect
      .poll(() => panel.getByTestId('scorecard-rank').textContent())
      .toBe(expectedRank(commune?.id ?? '', 'all'));
    await panel.getByTestId('rank-among').selectOption('kind');
    await expect
      .poll(() => panel.getByTestId('scorecard-rank').textContent())
      .toBe(expectedRank(commune?.id ?? '', 'kind'));
  });

  it('selects the one unit a search leaves, and writes its name whole', async () => {
    await panel.getByTestId('unit-search').fill('viet tri');
    await expect.poll(() => panel.getByTestId('scorecard-unit').textContent()).toMatch(/Việt Trì/);
    const heading = panel.getByTestId('scorecard-unit');
    const fits = await heading.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await panel.getByTestId('unit-search').fill('');
  });

  it('can be walked by keyboard: every group of criteria opens with Enter', async () => {
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByTestId('scorecard-total').waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await panel.keyboard.press('Tab');
      const what = await panel.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        const section = el.closest('[data-group-section]')?.getAttribute('data-group-section');
        return `${el.tagName.toLowerCase()}${section ? `:${section}` : ''}`;
      });
      reached.push(what);
      // Forty presses go round the page more than once: open the group on the first pass only.
      if (what === 'summary:CKMB' && !reached.slice(0, -1).includes(what)) {
        await panel.keyboard.press('Enter');
        expect(
          await panel.locator('details[data-group-section="CKMB"]').getAttribute('open'),
        ).not.toBeNull();
        const box = await panel.evaluate(() =>
          document.activeElement?.getBoundingClientRect().toJSON(),
        );
        await panel.screenshot({ path: join(ARTIFACTS, 'panel-after-420-keyboard.png') });
        expect(box?.width).toBeGreaterThan(0);
      }
    }
    for (const group of ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']) {
      expect(reached, group).toContain(`summary:${group}`);
    }
    expect(reached).toContain('select');
    expect(reached).toContain('input');
  });
});

describe('side panel with one group stored', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('puts "store the missing groups" beside the message asking for it; the run stores Tổng hợp', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(portalUrl(8, 'transparency'));
    await waitReady(portal);
    const panel = await openPanel(browser);
    const message = panel.getByTestId('scorecard-total-missing');
    const button = panel.getByTestId('capture-all-here');
    await expect.poll(() => button.textContent()).toBe('Lưu các nhóm còn thiếu (6)');
    const said = await message.locator('p').first().boundingBox();
    const there = await button.boundingBox();
    expect((there?.y ?? 0) - ((said?.y ?? 0) + (said?.height ?? 0))).toBeLessThan(40);
    expect((there?.y ?? Number.POSITIVE_INFINITY) + (there?.height ?? 0)).toBeLessThanOrEqual(800);
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-after-420-missing.png') });

    await button.click();
    // The portal's own total (Tổng hợp) replaces the sum: no "(cộng từ 6 nhóm)" any more.
    await expect
      .poll(() => panel.getByTestId('scorecard-total').textContent(), { timeout: 30_000 })
      .toBe('59,92/100 điểm — Trung bình');
    const stored = await readStoredCaptures(browser.serviceWorker);
    expect(stored.map((c) => c.endpoint)).toContain('evaluation/service-results');
  });
});
