/**
 * The trend view (#15, charts): up to five units overlaid, provisional months drawn and
 * labelled apart, the spread of all children for one month. July 2026 (the derived fixture)
 * is captured normally, August 2026 with the page's clock inside August, so August is
 * provisional. Each group is captured by opening the portal on it (not "store the missing
 * groups", whose calls would carry the real time). Expected numbers come from the fixture files, read here without the
 * extension's parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { openDashboard, phuThoPortal } from '../support/dashboard-e2e.ts';
import { ARTIFACTS, PHU_THO, startHarness } from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import { GROUP_FILES } from '../support/report-fixtures.ts';

const DIRS = {
  '2026-07': join('tests', 'fixtures', 'portal-2026-derived', 'phu-tho-2026-07'),
  '2026-08': join('tests', 'fixtures', 'portal-2026', 'phu-tho-2026-08'),
} as const;
type Month = keyof typeof DIRS;
const CRITERION = 'DOSSIER_RECEIVING_SATISFACTION';
/** The default 2026 target of that criterion. */
const TARGET = 92;

interface RawRow {
  departmentId: string;
  departmentName: string;
  totalScore?: number | null;
  score?: number | null;
  metrics?: { code: string; denominator: number | null; ratio: number | null }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One month straight from the JSON: names, totals (sum of six groups), one criterion's ratio. */
function monthFacts(month: Month) {
  const names = new Map<string, string>();
  const scores = new Map<string, number[]>();
  const ratios = new Map<string, number | null>();
  for (const file of GROUP_FILES) {
    const data = JSON.parse(readFileSync(join(DIRS[month], `${file}.json`), 'utf8')).data as {
      overview?: RawRow;
      parent?: RawRow;
      evaluation?: RawRow[];
      children?: RawRow[];
    };
    const root = data.overview ?? data.parent;
    const rows = [...(root ? [root] : []), ...(data.evaluation ?? data.children ?? [])];
    for (const row of rows) {
      if (row !== root) names.set(row.departmentId, row.departmentName.normalize('NFC'));
      const score = row.totalScore ?? row.score;
      if (typeof score === 'number') {
        scores.set(row.departmentId, [...(scores.get(row.departmentId) ?? []), score]);
      }
      const m = row.metrics?.find((x) => x.code === CRITERION);
      if (m && row !== root) ratios.set(row.departmentId, m.denominator ? m.ratio : null);
    }
  }
  const totals = new Map<string, number>();
  for (const [id, six] of scores) {
    if (six.length === GROUP_FILES.length) totals.set(id, round2(six.reduce((a, b) => a + b, 0)));
  }
  return { names, totals, ratios };
}

const JULY = monthFacts('2026-07');
const AUGUST = monthFacts('2026-08');
const vi2 = (n: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const viShort = (n: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
const fromVi = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** Four children stored in both months, spread across the ranking. */
const CHILDREN = (() => {
  const both = [...AUGUST.totals.keys()]
    .filter((id) => id !== PHU_THO && JULY.totals.has(id))
    .sort((a, b) => (AUGUST.totals.get(b) ?? 0) - (AUGUST.totals.get(a) ?? 0));
  return [0.1, 0.4, 0.7, 0.95].map((f) => both[Math.floor(f * (both.length - 1))] as string);
})();
const EXTRA = [...AUGUST.totals.keys()].find((id) => id !== PHU_THO && !CHILDREN.includes(id));

describe('trend view: units overlaid, provisional months, the spread of the children', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  const open = (hash: string) => openDashboard(browser, hash);

  /**
   * Opens the portal on each of a month's six groups in turn: the page's own calls are
   * captured, with the page's clock (fixed inside the month for a provisional capture).
   */
  const captureMonth = async (month: number, clock: Date | null, storedBefore: number) => {
    const portal = await browser.context.newPage();
    if (clock) await portal.clock.setFixedTime(clock);
    for (const group of GROUP_FILES) {
      await portal.goto(phuThoPortal(month, group));
      await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    }
    await waitForStoredCount(browser.serviceWorker, storedBefore + GROUP_FILES.length);
    await portal.close();
  };

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    await captureMonth(7, null, 0);
    // Captured on 20/08/2026: the period had not ended, so August is provisional.
    await captureMonth(8, new Date('2026-08-20T10:00:00+07:00'), GROUP_FILES.length);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('overlays the province and four children (a fifth is cut), the table one column each', async () => {
    const ids = [PHU_THO, ...CHILDREN];
    const page = await open(`#/trend?unit=${PHU_THO}&with=${[...CHILDREN, EXTRA].join(',')}`);
    const table = page.getByTestId('trend-table');
    await table.locator('tr[data-period="2026-08"]').waitFor();
    expect(await page.getByTestId('trend-chart').getAttribute('data-series')).toBe('5');
    const heads = await table
      .locator('thead th[data-unit]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-unit')));
    expect(heads).toEqual(ids);
    const cells = await table.locator('tbody td[data-col="value"]').evaluateAll((tds) =>
      tds.map((td) => ({
        period: td.closest('tr')?.getAttribute('data-period'),
        unit: td.getAttribute('data-unit'),
        text: td.textContent,
        provisional: td.getAttribute('data-provisional') === 'true',
      })),
    );
    expect(cells).toHaveLength(10);
    for (const cell of cells) {
      const facts = cell.period === '2026-07' ? JULY : AUGUST;
      const total = facts.totals.get(cell.unit ?? '');
      expect(cell.text, `${cell.unit} ${cell.period}`).toBe(total === undefined ? '' : vi2(total));
      expect(cell.provisional).toBe(cell.period === '2026-08');
    }

    // August is provisional in the table and in the legend; July is not.
    const august = table.locator('tr[data-period="2026-08"] th');
    expect(await august.textContent()).toBe('Tháng 08/2026 (tạm tính)');
    expect(await table.locator('tr[data-period="2026-07"] th').textContent()).toBe('Tháng 07/2026');
    const legend = page.getByTestId('trend-legend');
    expect(await legend.locator(`li[data-unit="${PHU_THO}"]`).textContent()).toContain(
      '(tạm tính: Tháng 08/2026)',
    );
    expect(await legend.getByTestId('legend-provisional').textContent()).toContain('(tạm tính)');
    for (const id of CHILDREN) {
      expect(await legend.locator(`li[data-unit="${id}"]`).textContent()).toContain(
        AUGUST.names.get(id),
      );
    }
    // Five units: the picker says it is full.
    expect(await page.getByTestId('pick-overlay').isDisabled()).toBe(true);
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-trend-overlay.png'),
      fullPage: false,
    });

    // Keyboard: remove the last child, then add it back with the select and Enter.
    const last = CHILDREN[3] as string;
    await page.locator(`button[data-testid="overlay-remove"][data-unit="${last}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).not.toContain(last);
    await expect.poll(() => page.getByTestId('trend-chart').getAttribute('data-series')).toBe('4');
    await page.getByTestId('pick-overlay').focus();
    await page.getByTestId('pick-overlay').selectOption(last);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toContain(last);
    await expect.poll(() => page.getByTestId('trend-chart').getAttribute('data-series')).toBe('5');
    await page.close();
  });

  it("spreads the children's satisfaction ratio for July against the target, chosen unit highlighted", async () => {
    const chosen = CHILDREN[1] as string;
    const page = await open(`#/trend?unit=${chosen}&criterion=${CRITERION}&period=2026-07`);
    const spread = page.getByTestId('trend-spread');
    const table = page.getByTestId('spread-table');
    await table.locator(`tr[data-unit="${chosen}"]`).waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute('data-unit') ?? '',
        name: tr.querySelector('th')?.textContent ?? '',
        value: tr.querySelector('[data-col="value"]')?.textContent ?? '',
        met: tr.querySelector('[data-col="met"]')?.getAttribute('data-met') ?? null,
        highlight: tr.className,
      })),
    );
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(JULY.ratios.keys()));
    for (const row of rows) {
      const ratio = JULY.ratios.get(row.unit) ?? null;
      expect(row.name).toBe(JULY.names.get(row.unit));
      if (ratio === null) {
        expect(row.value, row.name).toBe('');
        expect(row.met).toBeNull();
      } else {
        expect(Math.abs(fromVi(row.value) - ratio), row.name).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(row.met, row.name).toBe(String(ratio >= TARGET));
      }
      expect(row.highlight).toBe(row.unit === chosen ? 'highlight' : '');
    }
    // Best first: the values never rise down the table.
    const values = rows.filter((r) => r.value !== '').map((r) => fromVi(r.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await spread.locator('h3').textContent()).not.toContain('tạm tính');
    // Sort by name, then back by value.
    await table.locator('button[data-sort="name"]').click();
    expect(await table.locator('th:has(button[data-sort="name"])').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await page.getByTestId('spread-chart').locator('canvas').waitFor();
    await page.close();
  });

  it('spreads the August totals, marked provisional, and keeps a screenshot', async () => {
    const chosen = CHILDREN[2] as string;
    const page = await open(`#/trend?unit=${chosen}&period=2026-08`);
    const spread = page.getByTestId('trend-spread');
    const table = page.getByTestId('spread-table');
    await table.locator(`tr[data-unit="${chosen}"]`).waitFor();
    expect(await spread.getByTestId('spread-provisional').textContent()).toContain('(tạm tính)');
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute('data-unit') ?? '',
        rank: tr.querySelector('[data-col="rank"]')?.textContent ?? '',
        value: tr.querySelector('[data-col="value"]')?.textContent ?? '',
      })),
    );
    const children = [...AUGUST.totals].filter(([id]) => id !== PHU_THO);
    expect(rows).toHaveLength(AUGUST.names.size);
    for (const row of rows) {
      const total = AUGUST.totals.get(row.unit);
      expect(row.value).toBe(total === undefined ? '' : vi2(total));
      const rank = total === undefined ? '' : 1 + children.filter(([, v]) => v > total).length;
      expect(row.rank).toBe(String(rank));
    }
    const mine = AUGUST.totals.get(chosen) ?? 0;
    expect(await spread.getByTestId('spread-chosen').textContent()).toBe(
      `${AUGUST.names.get(chosen)}: ${viShort(mine)}, hạng ${1 + children.filter(([, v]) => v > mine).length}/${children.length}`,
    );
    await page.getByTestId('spread-chart').locator('canvas').waitFor();
    await spread.locator('h3').scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      document.getElementById('spread-heading')?.scrollIntoView();
      window.scrollBy(0, -24);
    });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-trend-spread.png'), fullPage: false });
    await page.close();
  });
});
