/**
 * Hostile names end to end in real Chromium. The replica answers Phú Thọ 08/2026 with the real
 * fixtures, ten commune names swapped for markup (`<img onerror>`, `<script>`), a `javascript:`
 * link, a right-to-left override, spreadsheet formulas and 10 000 characters, and one
 * criterion code for markup. The official captures the six groups; badges, side panel, drawer,
 * every dashboard view and the long CSV must show the names as text and run nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLongCsv } from '../../lib/export/long-csv';
import type { Replica } from '../replica/server.ts';
import { ARTIFACTS, BADGE, PHU_THO, startHarness, waitReady } from '../support/e2e-harness.ts';
import { fixtureText } from '../support/fixtures.ts';
import { inspect, type PageWatch, watchPage } from '../support/hostile-checks.ts';
import {
  asSpreadsheetText,
  communeNames,
  HOSTILE_NAMES,
  hostileAnswer,
  LONG_NAME,
} from '../support/hostile-names.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const GROUPS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];
const file = (group: string) => `phu-tho-2026-08/${group}.json`;
const VICTIMS = communeNames(fixtureText(file('transparency')), HOSTILE_NAMES.length);
const QUERY = `?province=${PHU_THO}&timeType=month&year=2026&month=8`;
const IMG_NAME = HOSTILE_NAMES[0] as string;
const RTL_NAME = HOSTILE_NAMES[3] as string;

/** departmentId of a hostile name, read from the fixture by the victim's name. */
function idOf(name: string): string {
  const victim = VICTIMS[HOSTILE_NAMES.indexOf(name)];
  const rows = JSON.parse(fixtureText(file('transparency'))).data.evaluation as {
    departmentId: string;
    departmentName: string;
  }[];
  const id = rows.find((r) => r.departmentName === victim)?.departmentId;
  if (!id) throw new Error(`no unit for ${name.slice(0, 20)}`);
  return id;
}

const isAugust = (body: unknown) => {
  const text = JSON.stringify(body);
  return text.includes(PHU_THO) && (text.includes('"month":8') || text.includes('2026-08-01'));
};

describe('hostile unit and criterion names, end to end', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;
  let portalWatch: PageWatch;

  /** The checks every view gets: nothing ran, nothing was parsed as HTML, the page fits. */
  async function expectInert(page: Page, watch: PageWatch, what: string, names: string[]) {
    const report = await inspect(page);
    expect(report.pwned, `${what}: a payload ran`).toBeUndefined();
    expect(report.injected, `${what}: elements made from a name`).toEqual([]);
    expect(watch.dialogs, `${what}: dialogs`).toEqual([]);
    expect(watch.errors, `${what}: console errors`).toEqual([]);
    for (const name of names) {
      // innerText folds white space: a leading tab shows as nothing.
      const shown = name.trim();
      expect(report.text.includes(shown), `${what} shows ${shown.slice(0, 30)} as text`).toBe(true);
    }
    // A 10 000-character name may wrap or be cut, never push the view sideways.
    expect(report.overflowX, `${what}: sideways scroll by ${report.culprit}`).toBeLessThanOrEqual(
      8,
    );
  }

  async function openDashboard(hash: string): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html${hash}`);
    return { page, watch };
  }

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    for (const group of GROUPS) {
      replica.setResponse({
        path: `/api/v1/reporting/evaluation/${group}`,
        match: isAugust,
        status: 200,
        body: hostileAnswer(fixtureText(file(group)), VICTIMS, { criterion: true }),
      });
    }
    portal = await browser.context.newPage();
    portalWatch = watchPage(portal);
    for (const group of GROUPS) {
      await portal.goto(
        `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu${QUERY}&group=${group}`,
      );
      await waitReady(portal);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('badges on the portal: names in their labels as text, nothing run, nothing wide', async () => {
    await portal.waitForFunction(
      (n) =>
        [...document.querySelectorAll('[data-chiso766="badge"]')].some((b) =>
          (b.getAttribute('aria-label') ?? '').includes(n),
        ),
      IMG_NAME,
      { timeout: 20_000 },
    );
    const labels = await portal.$$eval(BADGE, (b) =>
      b.map((x) => x.getAttribute('aria-label') ?? ''),
    );
    expect(labels.some((l) => l.includes(RTL_NAME))).toBe(true);
    const widths = await portal.$$eval(BADGE, (b) => b.map((x) => x.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBeLessThan(320);
    const report = await inspect(portal);
    expect(report.pwned).toBeUndefined();
    expect(report.injected).toEqual([]);
    expect(portalWatch.dialogs).toEqual([]);
    expect(portalWatch.errors).toEqual([]);
    await portal.screenshot({ path: join(ARTIFACTS, 'hostile-portal.png') });
  });

  it('side panel: the picker and the scorecard show a hostile unit as text, the long one fits', async () => {
    const panel = await browser.context.newPage();
    const watch = watchPage(panel);
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="groups-stored"][data-stored="6"]', {
      timeout: 20_000,
    });
    for (const name of [IMG_NAME, LONG_NAME]) {
      await panel.selectOption('[data-testid="unit-select"]', idOf(name));
      await expect
        .poll(() => panel.getByTestId('scorecard-unit').textContent())
        .toContain(name.slice(0, 200));
      await expectInert(panel, watch, `panel ${name.slice(0, 12)}`, [name]);
    }
    await panel.screenshot({ path: join(ARTIFACTS, 'hostile-panel.png'), fullPage: false });
    await panel.close();
  });

  it('drawer in the portal page: the framed panel runs nothing either', async () => {
    const opened = await browser.serviceWorker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      const [tab] = await tabs.query({ url: 'https://dichvucong.gov.vn/*' });
      return tab?.id === undefined ? null : tabs.sendMessage(tab.id, { type: 'drawer:toggle' });
    });
    expect(opened).toBe(true);
    const frame = () => portal.frames().find((f) => f.url().endsWith('/sidepanel.html'));
    await expect.poll(() => frame() !== undefined).toBe(true);
    await frame()?.waitForSelector('[data-testid="unit-select"]', { timeout: 20_000 });
    await frame()?.selectOption('[data-testid="unit-select"]', idOf(IMG_NAME));
    await expect
      .poll(() => frame()?.getByTestId('scorecard-unit').textContent())
      .toContain(IMG_NAME);
    const inFrame = await inspect(frame() as NonNullable<ReturnType<typeof frame>>);
    expect(inFrame.injected).toEqual([]);
    expect(inFrame.pwned).toBeUndefined();
    expect((await inspect(portal)).pwned).toBeUndefined();
    expect(portalWatch.errors).toEqual([]);
  });

  const VIEWS: [string, () => string, string[]][] = [
    ['overview', () => '#/overview', [IMG_NAME]],
    ['data', () => '#/data', []],
    ['report', () => `#/report?unit=${idOf(IMG_NAME)}&period=2026-08`, [IMG_NAME]],
    ['report, long name', () => `#/report?unit=${idOf(LONG_NAME)}&period=2026-08`, [LONG_NAME]],
    ['report, province', () => `#/report?unit=${PHU_THO}&period=2026-08`, []],
    ['compare', () => `#/compare?root=${PHU_THO}&period=2026-08`, HOSTILE_NAMES.slice(0, 9)],
    [
      'compare criteria',
      () => `#/compare?root=${PHU_THO}&period=2026-08&table=criteria`,
      [IMG_NAME],
    ],
    ['compare periods', () => `#/compare?root=${PHU_THO}&period=2026-08&table=periods`, [RTL_NAME]],
    ['trend', () => `#/trend?unit=${idOf(IMG_NAME)}`, [IMG_NAME]],
    ['trend spread', () => `#/trend?unit=${PHU_THO}&period=2026-08`, [LONG_NAME]],
  ];

  it.each(VIEWS)(
    'dashboard %s: names as text, nothing run, no sideways scroll',
    async (what, hash, names) => {
      const { page, watch } = await openDashboard(hash());
      await expect
        .poll(async () => (await inspect(page)).text.includes(names[0] ?? 'Chỉ số 766'), {
          timeout: 20_000,
        })
        .toBe(true);
      await page.waitForTimeout(300);
      await expectInert(page, watch, what, names);
      await page.screenshot({ path: join(ARTIFACTS, `hostile-${what.replace(/\W+/g, '-')}.png`) });
      await page.close();
    },
  );

  it('long CSV downloaded from the dashboard: formulas defused, names whole', async () => {
    const { page } = await openDashboard('#/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-long-csv').click(),
    ]);
    const rows = parseLongCsv(readFileSync(await download.path(), 'utf8'));
    const names = new Set(rows.map((r) => r.unit_name));
    for (const name of HOSTILE_NAMES) expect(names.has(asSpreadsheetText(name))).toBe(true);
    expect([...names].filter((n) => /^[=+\-@\t\r]/.test(n ?? ''))).toEqual([]);
    await page.close();
  });
});
