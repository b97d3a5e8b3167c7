/**
 * Badges an official reads at a glance (#12 items 1–4) and one badge pass per settled table
 * (#11 item 2), on the replica with July and August of Phú Thọ stored for three groups.
 * Screenshots at 1024 px are kept as `tests/artifacts/badges-<BADGES_SHOT or "after">-*.png`.
 */
import { readFileSync } from 'node:fs';
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
  UNIT_BADGES,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const SHOT = process.env.BADGES_SHOT === 'before' ? 'before' : 'after';
const SATISFACTION = 'handling-satisfaction';
const PAYMENT = 'formality-online-payment-tree';
const ONLINE = 'provide-online-tree';
const GROUPS = [SATISFACTION, PAYMENT, ONLINE] as const;
const viewUrl = (group: string, month: number) =>
  `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&group=${group}&month=${month}`;

interface RawUnit {
  departmentId: string;
  totalScore: number | null;
}
const AUGUST = 'tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json';
const JULY = 'tests/fixtures/portal-2026-derived/phu-tho-2026-07/handling-satisfaction.json';
const scores = (file: string) =>
  new Map(
    (JSON.parse(readFileSync(file, 'utf8')).data as { evaluation: RawUnit[] }).evaluation.map(
      (u) => [u.departmentId, u.totalScore],
    ),
  );

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
const insertions = (page: Page) =>
  page.evaluate(() => (window as unknown as { __badgeInsertions: number }).__badgeInsertions);

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

/** Every badge: its unit, criterion, visible text, and where it sits. */
const chips = (page: Page) =>
  page.$$eval(BADGE, (hosts) =>
    hosts.map((host) => {
      const cell = host.closest('td');
      const table = host.closest('table');
      const index = cell ? [...(cell.parentElement?.children ?? [])].indexOf(cell) : -1;
      const header = table?.querySelectorAll('thead th')[index];
      return {
        unit: host.getAttribute('data-unit-id') ?? '',
        criterion: host.getAttribute('data-criterion'),
        text: host.shadowRoot?.textContent ?? '',
        label: host.getAttribute('aria-label') ?? '',
        cellText: cell ? (cell.firstChild?.textContent ?? '') : null,
        column: header ? { title: header.getAttribute('title'), label: header.textContent } : null,
        nameCell: cell?.classList.contains('unit-name') ?? false,
        inSummary: host.closest('[data-testid="summary"]') !== null,
      };
    }),
  );

describe('badges read at a glance', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    const loader = await browser.context.newPage();
    let stored = 0;
    for (const month of [7, 8]) {
      for (const group of GROUPS) {
        await loader.goto(viewUrl(group, month));
        await waitReady(loader);
        stored += 1;
        await waitForStoredCount(browser.serviceWorker, stored);
      }
    }
    await loader.close();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.addInitScript(COUNT_INSERTIONS);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('draws one pass per page load and keeps screenshots at 1024 px', async () => {
    const counts: Record<string, string> = {};
    for (const group of GROUPS) {
      await page.goto(viewUrl(group, 8));
      await waitReady(page);
      const shown = await settled(page);
      counts[group] = `${await insertions(page)} insertions for ${shown} badges`;
      await page.screenshot({ path: join(ARTIFACTS, `badges-${SHOT}-top-${group}.png`) });
      await page.$eval('[data-testid="results-table"]', (t) => t.scrollIntoView());
      await page.screenshot({ path: join(ARTIFACTS, `badges-${SHOT}-${group}.png`) });
    }
    process.stdout.write(`badge insertions per page load (${SHOT}): ${JSON.stringify(counts)}\n`);
  });

  it('shows no chip for unchanged or first-month values', async () => {
    await page.goto(viewUrl(SATISFACTION, 8));
    await waitReady(page);
    await settled(page);
    const shown = await chips(page);
    for (const chip of shown) {
      expect(chip.text, chip.label).not.toMatch(/=|mới|tạm/);
      expect(chip.text.trim(), chip.label).not.toBe('');
    }
    // Units whose score did not move carry no trend on their chip (a rank change at most).
    const july = scores(JULY);
    const unchanged = [...scores(AUGUST)].filter(([id, score]) => july.get(id) === score);
    expect(unchanged.length).toBeGreaterThan(3);
    for (const [id] of unchanged) {
      const chip = shown.find((c) => c.unit === id && c.criterion === null);
      if (chip) expect(chip.text).toMatch(/^[↑↓]( \d+ bậc)?$/);
    }
    // Rank changes are places, never bare numbers that read as points.
    for (const chip of shown.filter((c) => /[↑↓]/.test(c.text))) {
      expect(chip.text).toMatch(/[↑↓]( \d+ bậc)?$/);
    }
    // A group stored for one month only: nothing to compare, so no unit chip at all.
    await page.goto(
      `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&group=transparency&month=8`,
    );
    await waitReady(page);
    await waitForStoredCount(browser.serviceWorker, 7);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(ARTIFACTS, `badges-${SHOT}-first-month.png`) });
    expect(await page.$$eval(UNIT_BADGES, (h) => h.length)).toBe(0);
    for (const chip of await chips(page)) expect(chip.text).not.toMatch(/mới|=/);
  });

  it('puts each chip in the column named for it, even when neighbours print the same value', async () => {
    await page.goto(viewUrl(SATISFACTION, 8));
    await waitReady(page);
    await settled(page);
    const inCells = (await chips(page)).filter((c) => c.criterion !== null && c.column);
    expect(inCells.length).toBeGreaterThan(100);
    for (const chip of inCells) expect(chip.column?.title, chip.label).toBe(chip.criterion);
    // Rows where two chips sit beside equal values in neighbouring columns.
    const byRow = new Map<string, string[]>();
    for (const chip of inCells)
      byRow.set(chip.unit, [...(byRow.get(chip.unit) ?? []), chip.cellText ?? '']);
    const equalPairs = [...byRow.values()].filter((texts) => new Set(texts).size < texts.length);
    expect(equalPairs.length).toBeGreaterThan(10);

    // Online payment: the portal's "Tỷ lệ (%)" prints 0.00 where the derived share is 0 too;
    // the share's chip never goes there, only beside the row's name or the heading.
    await page.goto(viewUrl(PAYMENT, 8));
    await waitReady(page);
    await settled(page);
    const payment = await chips(page);
    for (const chip of payment.filter((c) => c.criterion !== null)) {
      expect(chip.nameCell || chip.inSummary, chip.label).toBe(true);
    }
    expect(payment.filter((c) => c.column?.label === 'Tỷ lệ (%)')).toEqual([]);
  });

  it('shows the 47 % and 52 % targets on their tabs, at the heading and per row', async () => {
    for (const [group, target] of [
      [PAYMENT, '≥47%'],
      [ONLINE, '≥52%'],
    ] as const) {
      await page.goto(viewUrl(group, 8));
      await waitReady(page);
      await settled(page);
      const shown = await chips(page);
      const heading = shown.filter((c) => c.inSummary);
      expect(heading).toHaveLength(1);
      expect(heading[0]?.text).toContain(target);
      expect(heading[0]?.text).toMatch(/✓ đạt|✗ thiếu/);
      expect(await page.isVisible('[data-testid="summary"] [data-chiso766="badge"] .b')).toBe(true);
      if (group === PAYMENT) {
        expect(shown.filter((c) => c.nameCell && c.text.includes(target)).length).toBeGreaterThan(
          100,
        );
      }
    }
  });

  it('reaches every chip with the keyboard and shows its details on focus', async () => {
    await page.goto(viewUrl(PAYMENT, 8));
    await waitReady(page);
    await settled(page);
    const all = await page.$$eval(BADGE, (hosts) =>
      hosts.map((h) => `${h.getAttribute('tabindex')}|${h.getAttribute('aria-label') ?? ''}`),
    );
    for (const entry of all) expect(entry).toMatch(/^0\|.{10,}/);
    await page.focus('[data-testid="month-select"]');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const box = document.querySelector('[data-chiso766="details"]');
        return {
          badge: el?.getAttribute('data-chiso766') === 'badge',
          title: el?.getAttribute('title') ?? '',
          details: box?.textContent ?? null,
          visible: box ? box.getBoundingClientRect().height > 10 : false,
        };
      });
    let presses = 0;
    while (!(await focused()).badge && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    for (let i = 0; i < 4; i++) {
      const now = await focused();
      expect(now.badge).toBe(true);
      expect(now.details).toBe(now.title);
      expect(now.visible).toBe(true);
      if (i === 0) {
        await page.screenshot({ path: join(ARTIFACTS, `badges-${SHOT}-keyboard-details.png`) });
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    expect((await focused()).details).toBeNull();
  });

  it('shows the legend once, until the official closes it', async () => {
    await page.goto(viewUrl(PAYMENT, 8));
    await waitReady(page);
    await settled(page);
    const legend = page.locator('[data-chiso766="legend"]');
    await expect.poll(() => legend.count()).toBe(1);
    expect(
      await page.$eval('[data-chiso766="legend"]', (h) => h.shadowRoot?.textContent ?? ''),
    ).toContain('luôn theo thứ tự');
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    expect(await legend.count()).toBe(0);
    await page.reload();
    await waitReady(page);
    await settled(page);
    await page.waitForTimeout(500);
    expect(await legend.count()).toBe(0);
  });

  it('redraws once, not once per answer, while the page loads ten answers', async () => {
    const bodies = new Map<number, string>();
    const listen = (request: import('playwright-core').Request) => {
      if (request.url().includes(`/evaluation/${SATISFACTION}`) && request.postData()) {
        bodies.set(
          JSON.parse(request.postData() ?? '{}').fromDate.startsWith('2026-07') ? 7 : 8,
          request.postData() ?? '',
        );
      }
    };
    page.on('request', listen);
    for (const month of [7, 8]) {
      await page.goto(viewUrl(SATISFACTION, month));
      await waitReady(page);
    }
    page.off('request', listen);
    const shown = await settled(page);
    const before = await insertions(page);
    // July and August answers one after another, August last, as a page loading its answers.
    const answers = Array.from({ length: 10 }, (_, i) => bodies.get(i % 2 === 0 ? 7 : 8) ?? '');
    await page.evaluate(
      async ({ url, answers }) => {
        for (const body of answers) {
          await new Promise<void>((done) => {
            const xhr = new XMLHttpRequest();
            xhr.open('POST', url);
            xhr.setRequestHeader('Content-Type', 'application/json');
            xhr.addEventListener('loadend', () => done());
            xhr.send(body);
          });
        }
      },
      { url: `/api/v1/reporting/evaluation/${SATISFACTION}`, answers },
    );
    await page.waitForTimeout(1500);
    expect(await settled(page)).toBe(shown);
    const burst = (await insertions(page)) - before;
    process.stdout.write(
      `badge insertions while ten answers load (${SHOT}): ${burst} for ${shown} badges\n`,
    );
    if (SHOT === 'after') expect(burst).toBeLessThanOrEqual(shown * 2);
  });
});
