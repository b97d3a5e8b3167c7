import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Capture, readCaptures } from '../replica/fixture-index.ts';
import { type Replica, startReplica } from '../replica/server.ts';
import { type LaunchedExtension, launchExtension } from '../support/launch-browser.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXTENSION_DIR = resolve(ROOT, '.output', 'chrome-mv3');
const ARTIFACTS = resolve(ROOT, 'tests', 'artifacts');
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const GROUP_TABS = [
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];

let replica: Replica;
let browser: LaunchedExtension;
let page: Page;
let captures: Capture[];
let launchMs = 0;

const rows = () => page.locator('[data-testid="results-table"] tr[data-unit-id]');

/** Waits until the page has finished one more API call than `before` and settled on a result. */
async function waitForAnswer(before: number): Promise<string> {
  await page.waitForFunction((count) => {
    const state = document.querySelector('[data-testid="load-status"]')?.getAttribute('data-state');
    return Number(document.body.dataset.requests ?? 0) > count && state !== 'loading';
  }, before);
  return (await page.getAttribute('[data-testid="load-status"]', 'data-state')) ?? '';
}

const finishedRequests = async () =>
  Number((await page.evaluate(() => document.body.dataset.requests)) ?? 0);

/** The body the replica received last for an endpoint, serialized as sent (key order kept). */
function lastBodySent(endpoint: string): string | undefined {
  const path = `/api/v1/reporting/evaluation/${endpoint}`;
  const hit = replica.requests.findLast((r) => r.path === path);
  return hit && JSON.stringify(hit.body);
}

function capturedBody(endpoint: string, file?: string): string {
  const capture = captures.find(
    (c) => c.url.endsWith(`/evaluation/${endpoint}`) && (!file || c.file === file),
  );
  if (!capture) throw new Error(`no capture for ${endpoint}`);
  return JSON.stringify(capture.requestBody);
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run \`npx wxt build\` before the e2e tests`);
  }
  [replica, captures] = await Promise.all([startReplica(), readCaptures()]);
  const started = performance.now();
  browser = await launchExtension({
    extensionDir: EXTENSION_DIR,
    replicaPort: replica.port,
    headless: true,
  });
  launchMs = performance.now() - started;
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await replica?.close();
});

describe('replica portal page in Chromium', () => {
  it('launches Chromium with the extension service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(launchMs).toBeLessThan(30_000);
  });

  it('shows Phú Thọ transparency for 08/2026 from the URL query', async () => {
    await page.goto(
      `${PAGE}?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`,
    );
    expect(await waitForAnswer(0)).toBe('ready');
    await expect.poll(() => rows().count()).toBe(164);
    expect(await rows().nth(0).getAttribute('data-unit-id')).toBe(PHU_THO);
    expect(await rows().nth(0).textContent()).toContain('UBND tỉnh Phú Thọ');
    expect(await rows().nth(1).textContent()).toContain('Văn phòng UBND Tỉnh - Tỉnh Phú Thọ');
    expect(await rows().nth(0).locator('td').nth(2).textContent()).toBe('7.96');
    expect(lastBodySent('transparency')).toBe(capturedBody('transparency'));
    expect(
      await page.locator('[data-testid="group-tab-transparency"]').getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('says on the page when a period is illustrative (built from real captures for tests)', async () => {
    const notice = page.getByTestId('illustrative-notice');
    await page.goto(
      `${PAGE}?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`,
    );
    await page.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    expect(await notice.isVisible()).toBe(false);
    await page.goto(
      `${PAGE}?province=${PHU_THO}&timeType=month&year=2026&month=7&group=transparency`,
    );
    await page.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('minh họa');
    // The next tests go on from August, as the first test left the page.
    await page.goto(
      `${PAGE}?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`,
    );
    await page.waitForSelector('[data-testid="load-status"][data-state="ready"]');
  });

  it('loads every other group tab with the body the real portal sends', async () => {
    for (const endpoint of GROUP_TABS) {
      const before = await finishedRequests();
      await page.click(`[data-testid="group-tab-${endpoint}"]`);
      expect(await waitForAnswer(before), endpoint).toBe('ready');
      await expect.poll(() => rows().count()).toBe(164);
      expect(await page.getAttribute('[data-testid="results-table"]', 'data-endpoint')).toBe(
        endpoint,
      );
      expect(lastBodySent(endpoint), endpoint).toBe(capturedBody(endpoint));
      expect(page.url()).toContain(`group=${endpoint}`);
    }
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'replica-page.png'), fullPage: false });
  });

  it('never renders the answer to a selection the user has already left', async () => {
    replica.setResponse({
      path: '/api/v1/reporting/evaluation/transparency',
      status: 201,
      body: JSON.stringify({
        code: 'OK',
        data: { overview: { departmentId: 'stale', departmentName: 'STALE' }, evaluation: [] },
      }),
      delayMs: 800,
      times: 1,
    });
    const before = await finishedRequests();
    await page.click('[data-testid="group-tab-transparency"]');
    await page.click('[data-testid="group-tab-dvc-progress-tree"]');
    expect(await waitForAnswer(before)).toBe('ready');
    // Outlive the slow answer: if it were rendered, the table would change under us.
    await page.waitForTimeout(1_000);
    expect(await page.getAttribute('[data-testid="results-table"]', 'data-endpoint')).toBe(
      'dvc-progress-tree',
    );
    expect(await rows().count()).toBe(164);
    expect(await page.textContent('[data-testid="results-table"]')).not.toContain('STALE');
  });

  it('shows a province summary through fetch after picking Gia Lai and 02/2026', async () => {
    const composedNotice = page.getByTestId('composed-notice');
    // Phú Thọ 08/2026 has no captured Tổng hợp but all six group answers: the replica composes
    // one and the page says so (tests/replica/composed-summary.ts).
    let before = await finishedRequests();
    await page.click('[data-testid="group-tab-service-results"]');
    expect(await waitForAnswer(before)).toBe('ready');
    expect(await composedNotice.isVisible()).toBe(true);
    expect(await rows().nth(0).getAttribute('data-unit-id')).toBe(PHU_THO);
    // Gia Lai 08/2026: neither a captured summary nor six groups to compose one from.
    before = await finishedRequests();
    await page.selectOption('[data-testid="province-select"]', GIA_LAI);
    expect(await waitForAnswer(before)).toBe('empty');
    expect(await composedNotice.isVisible()).toBe(false);
    before = await finishedRequests();
    await page.selectOption('[data-testid="month-select"]', '2');
    expect(await waitForAnswer(before)).toBe('ready');
    expect(await composedNotice.isVisible()).toBe(false);
    await expect.poll(() => rows().count()).toBe(150);
    expect(await rows().nth(0).getAttribute('data-unit-id')).toBe(GIA_LAI);
    expect(lastBodySent('service-results')).toBe(
      capturedBody('service-results', 'gia-lai-2026-02/service-results.json'),
    );
  });

  it('shows "Không có dữ liệu" for a 404 and an error for a rejection page', async () => {
    let before = await finishedRequests();
    await page.selectOption('[data-testid="month-select"]', '3');
    expect(await waitForAnswer(before)).toBe('empty');
    expect(await page.textContent('[data-testid="load-status"]')).toContain('Không có dữ liệu');
    expect(await rows().count()).toBe(0);

    replica.setResponse({
      path: '/api/v1/reporting/evaluation/service-results',
      status: 429,
      contentType: 'text/html; charset=utf-8',
      body: '<html><body>Request rejected</body></html>',
      times: 1,
    });
    before = await finishedRequests();
    await page.selectOption('[data-testid="month-select"]', '2');
    expect(await waitForAnswer(before)).toBe('error');
    expect(await page.textContent('[data-testid="load-status"]')).toContain('HTTP 429');
  });
});
