import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  ARTIFACTS,
  BADGE,
  PHU_THO,
  pageErrors,
  SATISFACTION_QUERY,
  startHarness,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';

interface RawMetric {
  code: string;
  ratio: number | null;
  denominator: number | null;
}
interface RawUnit {
  departmentId: string;
  metrics: RawMetric[];
}
const AUGUST = JSON.parse(
  readFileSync('tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json', 'utf8'),
).data as { overview: RawUnit; evaluation: RawUnit[] };
const ALL_UNITS = [AUGUST.overview, ...AUGUST.evaluation];

/** Units with a chip of any kind: a unit with nothing to say about its score has none. */
async function badgedUnits(page: Page): Promise<Set<string>> {
  const ids = await page.$$eval(BADGE, (hosts) =>
    hosts.map((h) => h.getAttribute('data-unit-id') ?? ''),
  );
  return new Set(ids);
}

async function badgeText(page: Page, unitId: string, criterion: string): Promise<string> {
  return page.$eval(
    `${BADGE}[data-unit-id="${unitId}"][data-criterion="${criterion}"]`,
    (host) => host.shadowRoot?.textContent ?? '',
  );
}

/** What a screen reader announces: always the whole sentence, however short the chip. */
async function badgeLabel(page: Page, unitId: string, criterion: string): Promise<string> {
  return page.$eval(
    `${BADGE}[data-unit-id="${unitId}"][data-criterion="${criterion}"]`,
    (host) => host.getAttribute('aria-label') ?? '',
  );
}

/** A capture reaches the panel through ingest, the view and a new scorecard: seconds when busy. */
const FOLLOW = { timeout: 10_000 };

describe('badges on the portal page', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    portal = await browser.context.newPage();
    errors = pageErrors(portal);
    // July first, then August, as an official would have looked month after month.
    await portal.goto(
      `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu${SATISFACTION_QUERY}&month=7`,
    );
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await portal.selectOption('[data-testid="month-select"]', '8');
    await portal.waitForFunction(() => new URL(location.href).searchParams.get('month') === '8');
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await waitForStoredCount(browser.serviceWorker, 2);
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('badges ≥ 95 % of the units shown, with the right target status', async () => {
    await expect
      .poll(async () => (await badgedUnits(portal)).size, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(Math.ceil(ALL_UNITS.length * 0.95));
    const shown = await portal.$$eval(
      '[data-testid="results-table"] tr[data-unit-id]',
      (rows) => rows.length,
    );
    expect(shown).toBe(164);

    let met = 0;
    let notMet = 0;
    for (const unit of ALL_UNITS) {
      const metric = unit.metrics.find((m) => m.code === 'DOSSIER_RECEIVING_SATISFACTION');
      if (!metric || metric.ratio === null || !metric.denominator) continue;
      const text = await badgeText(
        portal,
        unit.departmentId,
        'DOSSIER_RECEIVING_SATISFACTION',
      ).catch(() => '');
      if (text === '') continue;
      const said = await badgeLabel(portal, unit.departmentId, 'DOSSIER_RECEIVING_SATISFACTION');
      // The chip may be shortened to fit its cell, down to the shortfall alone (`−13.78`); the
      // spoken sentence never is.
      if (metric.ratio >= 92) {
        expect(text, unit.departmentId).toContain('✓');
        expect(said, unit.departmentId).toContain('mục tiêu ≥ 92%: đạt');
        met++;
      } else {
        expect(text, unit.departmentId).toMatch(/✗|^−\d/);
        expect(said, unit.departmentId).toContain('mục tiêu ≥ 92%: chưa đạt');
        notMet++;
      }
    }
    expect(met).toBeGreaterThan(5);
    expect(notMet).toBeGreaterThan(5);
    expect(await badgeText(portal, PHU_THO, 'DOSSIER_RECEIVING_SATISFACTION')).toMatch(
      // Numbers as the page prints them (this table with points), the shortfall kept last.
      /^(✗ thiếu 13\.78|✗ −13\.78|−13\.78)/,
    );
    expect(await badgeLabel(portal, PHU_THO, 'DOSSIER_RECEIVING_SATISFACTION')).toContain(
      'chưa đạt, thiếu 13,78 điểm %',
    );
    const label = await portal.$eval(
      `${BADGE}[data-unit-id="${PHU_THO}"]:not([data-criterion])`,
      (h) => h.getAttribute('aria-label'),
    );
    expect(label).toMatch(/^UBND tỉnh Phú Thọ: 12,96 điểm; so với Tháng 07\/2026: tăng/);
    await portal.screenshot({ path: join(ARTIFACTS, 'annotator-table.png') });
  });

  it("leaves the portal's own rows, their order and their text as they were", async () => {
    const ownText = (page: Page) =>
      page.$$eval('[data-testid="results-table"] tr', (rows) =>
        rows.map((row) => {
          const copy = row.cloneNode(true) as Element;
          for (const badge of copy.querySelectorAll('[data-chiso766]')) badge.remove();
          return copy.textContent;
        }),
      );
    const tapped = await ownText(portal);
    const plain = await browser.context.newPage();
    await plain.goto(`${replica.origin}/danh-gia-chat-luong-phuc-vu${SATISFACTION_QUERY}&month=8`);
    await plain.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    expect(tapped).toEqual(await ownText(plain));
    expect(tapped).toHaveLength(165);
    await plain.close();
  });

  it('follows the page to another group and period, in the badges and the side panel', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect
      .poll(() => panel.getByTestId('scorecard-unit').textContent(), FOLLOW)
      .toBe('UBND tỉnh Phú Thọ — Tháng 08/2026');
    const currentGroup = () =>
      panel
        .$eval('.groups li[aria-current="true"]', (li) => li.getAttribute('data-group'))
        .catch(() => null);
    // July and August stored: the satisfaction criterion reads "from → to", no line (#12).
    await expect
      .poll(() =>
        panel.$$eval(
          '[data-criterion="DOSSIER_RECEIVING_SATISFACTION"] [data-testid="from-to"]',
          (texts) => texts.map((t) => t.textContent),
        ),
      )
      .toEqual([expect.stringMatching(/^\d+,\d\d% → 78,22%$/)]);
    // The panel points at the group the page shows, and opens at its top, the total first.
    await expect.poll(currentGroup, FOLLOW).toBe('MDHL');
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);

    // A group with a target on nearly every row, stored for this month only: its chips say
    // whether each unit meets it, with no "new" on every row.
    await portal.click('[data-testid="group-tab-dossier-digitized"]');
    await portal.waitForFunction(
      () => new URL(location.href).searchParams.get('group') === 'dossier-digitized',
    );
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await expect
      .poll(
        () =>
          portal.$$eval(
            `${BADGE}[data-criterion="REUSED_DIGITIZED_DATA"]`,
            (hosts) =>
              hosts.filter((h) => h.getAttribute('title')?.includes('Số hóa hồ sơ · Tháng 08/2026'))
                .length,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(150);
    expect(
      await portal.$$eval(
        `${BADGE}[data-criterion="DOSSIER_RECEIVING_SATISFACTION"]`,
        (h) => h.length,
      ),
    ).toBe(0);
    // …and the panel follows it there: that group marked, its criteria scrolled into view.
    await expect.poll(currentGroup, FOLLOW).toBe('MDSH');
    await expect
      .poll(() =>
        panel.$eval('[data-group-section="MDSH"]', (el) =>
          Math.round(el.getBoundingClientRect().top),
        ),
      )
      .toBeLessThan(40);
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(
      await panel.$eval('[data-group-section="MDSH"] summary', (h) => h.textContent),
    ).toContain('đang xem');

    await portal.selectOption('[data-testid="month-select"]', '7');
    await portal.waitForFunction(() => new URL(location.href).searchParams.get('month') === '7');
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await expect
      .poll(() => panel.getByTestId('scorecard-unit').textContent(), FOLLOW)
      .toBe('UBND tỉnh Phú Thọ — Tháng 07/2026');
    await expect
      .poll(async () => (await badgedUnits(portal)).size, { timeout: 15_000 })
      .toBeGreaterThan(155);
    await panel.screenshot({ path: join(ARTIFACTS, 'annotator-sidepanel.png'), fullPage: true });

    // Another portal tab on another province: the panel follows it, with no group marked on the
    // summary tab, and goes back to this tab's view when that one is closed.
    const other = await browser.context.newPage();
    await other.goto(
      `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${GIA_LAI}&timeType=month&year=2026&month=2&group=service-results`,
    );
    await other.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await expect
      .poll(() => panel.getByTestId('scorecard-unit').textContent(), FOLLOW)
      .toBe('UBND tỉnh Gia Lai — Tháng 02/2026');
    expect(await currentGroup()).toBeNull();
    await other.close();
    await expect
      .poll(() => panel.getByTestId('scorecard-unit').textContent(), FOLLOW)
      .toBe('UBND tỉnh Phú Thọ — Tháng 07/2026');
    await expect.poll(currentGroup, FOLLOW).toBe('MDSH');

    // Readable at 125 % zoom in a side-panel-wide window: nothing needs sideways scrolling.
    await panel.evaluate(() => {
      document.documentElement.style.zoom = '1.25';
    });
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await panel.screenshot({ path: join(ARTIFACTS, 'annotator-sidepanel-125.png') });
    await panel.evaluate(() => {
      document.documentElement.style.zoom = '1';
    });

    // Everything in the panel is reachable with the keyboard, in a sensible order.
    const focusable: string[] = [];
    await panel.focus('body');
    for (let i = 0; i < 8; i++) {
      await panel.keyboard.press('Tab');
      focusable.push(
        await panel.evaluate(() => {
          const el = document.activeElement;
          return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('data-testid') ?? ''}` : '';
        }),
      );
    }
    expect(focusable).toEqual(
      expect.arrayContaining([
        'input:annotations-toggle',
        'input:unit-search',
        'select:unit-select',
        'select:period-select',
      ]),
    );

    // Off removes every badge at once; on brings them back.
    await panel.getByTestId('annotations-toggle').uncheck();
    await expect.poll(() => portal.$$eval(BADGE, (h) => h.length)).toBe(0);
    await portal.waitForTimeout(500);
    expect(await portal.$$eval(BADGE, (h) => h.length)).toBe(0);
    await panel.getByTestId('annotations-toggle').check();
    await expect
      .poll(async () => (await badgedUnits(portal)).size, { timeout: 15_000 })
      .toBeGreaterThan(155);

    // The badges speak the panel's language: English when the official picks it, then back.
    const firstLabel = () =>
      portal
        .$eval(`${BADGE}[data-unit-id="${PHU_THO}"][data-criterion="REUSED_DIGITIZED_DATA"]`, (h) =>
          h.getAttribute('aria-label'),
        )
        .catch(() => null);
    await panel.selectOption('.locale-switch select', 'en');
    await expect.poll(firstLabel).toMatch(/^UBND tỉnh Phú Thọ, .+: [\d.]+%; target ≥ 52%/);
    await panel.selectOption('.locale-switch select', 'vi');
    await expect.poll(firstLabel).toMatch(/^UBND tỉnh Phú Thọ, .+: [\d,]+%; mục tiêu ≥ 52%/);
    await panel.close();
  });

  it('badges a page laid out as cards, with other class names and comma scores', async () => {
    const cards = await browser.context.newPage();
    await cards.goto(
      `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu${SATISFACTION_QUERY}&month=8&layout=cards`,
    );
    await cards.waitForSelector('[data-testid="results-cards"]');
    await cards.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    expect(await cards.$$eval('table', (t) => t.length)).toBe(0);
    const shown = await cards.$$eval('[data-test-unit]', (c) => c.length);
    await expect
      .poll(async () => (await badgedUnits(cards)).size, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(Math.ceil(shown * 0.95));
    expect(await badgeText(cards, PHU_THO, 'DOSSIER_RECEIVING_SATISFACTION')).toContain('✗');
    expect(await badgeLabel(cards, PHU_THO, 'DOSSIER_RECEIVING_SATISFACTION')).toContain(
      'chưa đạt',
    );
    await cards.screenshot({ path: join(ARTIFACTS, 'annotator-cards.png') });
    await cards.close();
    expect(errors).toEqual([]);
  });

  it('opens the panel as an in-page drawer where the browser has no side panel', async () => {
    const toggle = () =>
      browser.serviceWorker.evaluate(async () => {
        const { tabs } = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
          .chrome;
        const [tab] = await tabs.query({ url: 'https://dichvucong.gov.vn/*' });
        return tab?.id === undefined ? null : tabs.sendMessage(tab.id, { type: 'drawer:toggle' });
      });
    expect(await toggle()).toBe(true);
    await portal.waitForSelector('[data-chiso766="drawer"]', { timeout: 5000 });
    const panelFrame = () => portal.frames().find((f) => f.url().endsWith('/sidepanel.html'));
    await expect.poll(() => panelFrame() !== undefined).toBe(true);
    await expect
      .poll(() =>
        panelFrame()
          ?.locator('[data-testid="scorecard-unit"]')
          .textContent({ timeout: 1000 })
          .catch(() => null),
      )
      .toMatch(/^UBND tỉnh Phú Thọ — Tháng 0[78]\/2026$/);
    await portal.screenshot({ path: join(ARTIFACTS, 'annotator-drawer.png') });
    const drawers = () => portal.$$eval('[data-chiso766="drawer"]', (d) => d.length);

    // Escape pressed inside the panel closes the drawer around it. The key is dispatched in the
    // frame rather than typed: a typed key's keyup would go to a frame already removed, which
    // leaves Playwright waiting.
    await panelFrame()?.evaluate(() => {
      const search = document.querySelector<HTMLInputElement>('[data-testid="unit-search"]');
      search?.focus();
      (search ?? document).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    await expect.poll(drawers).toBe(0);

    // The toolbar button toggles it: open again, then closed again.
    expect(await toggle()).toBe(true);
    await expect.poll(drawers).toBe(1);
    expect(await toggle()).toBe(false);
    expect(await drawers()).toBe(0);
  });
});
