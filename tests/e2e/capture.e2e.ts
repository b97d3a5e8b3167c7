import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_CSV_COLUMNS, parseLongCsv } from '../../lib/export/long-csv';
import type { Replica } from '../replica/server.ts';
import { cellNumber, expectedCells } from '../support/csv-vs-fixture.ts';
import { ARTIFACTS, startHarness } from '../support/e2e-harness.ts';
import { readStoredCaptures, waitForStoredCount } from '../support/extension-db.ts';
import { fixtureCaptures } from '../support/fixtures.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const PAGE_QUERY = `?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;
const GROUP_ENDPOINTS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];

async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="load-status"][data-state="ready"]', {
    timeout: 15_000,
  });
}

async function tableText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="results-table"]').textContent()) ?? '';
}

/** Shows every group of Phú Thọ 08/2026, the way an official clicks through the tabs. */
async function visitAllGroups(page: Page, origin: string): Promise<Map<string, string>> {
  const tables = new Map<string, string>();
  await page.goto(`${origin}/danh-gia-chat-luong-phuc-vu${PAGE_QUERY}`);
  await waitReady(page);
  tables.set('transparency', await tableText(page));
  for (const endpoint of GROUP_ENDPOINTS.slice(1)) {
    await page.click(`[data-testid="group-tab-${endpoint}"]`);
    await page.waitForFunction(
      (name) => new URL(location.href).searchParams.get('group') === name,
      endpoint,
    );
    await waitReady(page);
    tables.set(endpoint, await tableText(page));
  }
  return tables;
}

describe('passive capture of the portal page in real Chromium', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('stores every response byte-identical, leaves the page as it was, and counts it in Vietnamese', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    const tapped = await visitAllGroups(page, 'https://dichvucong.gov.vn');
    await page.screenshot({ path: join(ARTIFACTS, 'capture-portal.png'), fullPage: false });

    const fixtures = fixtureCaptures().filter((c) => c.file.startsWith('phu-tho-2026-08/'));
    expect(fixtures).toHaveLength(6);
    const stored = await waitForStoredCount(browser.serviceWorker, 6);
    // Give a stray duplicate a moment to show up before counting exactly.
    await page.waitForTimeout(500);
    expect(await readStoredCaptures(browser.serviceWorker)).toHaveLength(6);

    for (const fixture of fixtures) {
      const endpoint = new URL(fixture.url).pathname.replace('/api/v1/reporting/', '');
      const capture = stored.find((c) => c.endpoint === endpoint);
      expect(capture, endpoint).toBeDefined();
      if (!capture) continue;
      expect(capture.status).toBe(201);
      expect(capture.url).toBe(fixture.url);
      expect(capture.contentType).toBe(fixture.contentType);
      expect(JSON.parse(capture.requestBody ?? 'null')).toEqual(fixture.requestBody);
      expect(capture.pageUrl).toMatch(
        /^https:\/\/dichvucong\.gov\.vn\/danh-gia-chat-luong-phuc-vu/,
      );
      expect(capture.bytes).toBe(fixture.bytes);
      expect(capture.sha256).toBe(fixture.sha256);
      expect(capture.payloadSha256).toBe(fixture.sha256);
    }

    // The same page on an origin the extension does not touch must render identically.
    const plain = await visitAllGroups(page, replica.origin);
    for (const endpoint of GROUP_ENDPOINTS) {
      expect(tapped.get(endpoint), endpoint).toBe(plain.get(endpoint));
      expect(tapped.get(endpoint)?.length ?? 0).toBeGreaterThan(1000);
    }
    expect(await readStoredCaptures(browser.serviceWorker)).toHaveLength(6);
    expect(consoleErrors).toEqual([]);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const count = dashboard.getByTestId('stored-count');
    await expect.poll(() => count.textContent()).toBe('Đã lưu 6 bản ghi');
    await expect
      .poll(() => dashboard.locator('[data-testid="captures-table"] tbody tr').count())
      .toBe(6);
    await expect
      .poll(() => dashboard.locator('tr[data-endpoint="evaluation/transparency"] th').textContent())
      .toBe('Công khai, minh bạch');
    await dashboard.screenshot({ path: join(ARTIFACTS, 'capture-dashboard.png'), fullPage: true });
  });

  it.each([
    ['export-long-csv', 'standard', false],
    ['export-long-csv-excel', 'excel-vn', true],
  ] as const)(
    'exports the long CSV (%s) whose values parse back to the fixtures',
    async (testId, profile, excel) => {
      const dashboard = await browser.context.newPage();
      await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/data`);
      await expect
        .poll(() => dashboard.getByTestId('stored-count').textContent())
        .toBe('Đã lưu 6 bản ghi');
      const [download] = await Promise.all([
        dashboard.waitForEvent('download'),
        dashboard.getByTestId(testId).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        profile === 'standard' ? /^chiso766-long-\d{4}-\d{2}-\d{2}\.csv$/ : /^chiso766-long-excel-/,
      );
      const path = await download.path();
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(excel);
      expect(text.split('\r\n')[0]?.replace('\uFEFF', '')).toMatch(
        new RegExp(`^${LONG_CSV_COLUMNS.join(excel ? ';' : ',')}(${excel ? ';' : ','}|$)`),
      );
      const rows = parseLongCsv(text);
      let checked = 0;
      for (const file of GROUP_ENDPOINTS.map((e) => `phu-tho-2026-08/${e}.json`)) {
        const group = {
          transparency: 'CKMB',
          'dvc-progress-tree': 'TDGQ',
          'provide-online-tree': 'CLGQ',
          'formality-online-payment-tree': 'TTTT',
          'handling-satisfaction': 'MDHL',
          'dossier-digitized': 'MDSH',
        }[file.slice('phu-tho-2026-08/'.length, -'.json'.length)];
        const byKey = new Map(
          rows
            .filter((r) => r.group === group && r.derived === '0')
            .map((r) => [`${r.unit_id}|${r.criterion}`, r]),
        );
        for (const [key, values] of expectedCells(file)) {
          const row = byKey.get(key);
          expect(row, `${file} ${key}`).toBeDefined();
          for (const [column, value] of Object.entries(values)) {
            expect(cellNumber(row?.[column], excel), `${file} ${key} ${column}`).toBe(value);
            checked++;
          }
          expect(row).toMatchObject({
            period: '2026-08',
            period_closed: '1',
            scope: 'all',
            portal: '2026-api',
          });
        }
      }
      // 164 units × (total + metrics) over six groups: thousands of numbers compared.
      expect(checked).toBeGreaterThan(5000);
      expect(
        rows.find((r) => r.unit_id === PHU_THO && r.criterion === 'PUBLISH_ON_TIME'),
      ).toMatchObject({
        score: '',
        ratio: '',
        numerator: '0',
      });
      await dashboard.close();
    },
  );
});
