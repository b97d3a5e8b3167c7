import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagReasonText } from '../../lib/i18n/flag-words.ts';
import type { FlagCode } from '../../lib/model/flag-code.ts';
import type { Replica, ResponseRule } from '../replica/server.ts';
import { ARTIFACTS, PHU_THO, startHarness, waitReady } from '../support/e2e-harness.ts';
import {
  nationalSummary,
  numbersAsStrings,
  oversized,
  REQUEST_REJECTED_HTML,
  renamedField,
  truncated,
  wrongType,
} from '../support/fault-bodies.ts';
import {
  attentionRows,
  expectOnlyFixtureData,
  judgedCaptures,
  waitJudged,
  waitSettled,
} from '../support/faults-e2e.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const PHU_THO_AUGUST = `${PAGE}?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;
const GIA_LAI_SUMMARY = `${PAGE}?province=${GIA_LAI}&timeType=month&year=2026&month=2&group=service-results`;
const API = '/api/v1/reporting/evaluation/';
const TRANSPARENCY = 'phu-tho-2026-08/transparency.json';

type Fault = Omit<ResponseRule, 'path' | 'times'>;

/** The portal's own answer to the page replaced, once, by each failure mode. */
const PAGE_FAULTS: [string, Fault, FlagCode][] = [
  [
    'Request Rejected (200)',
    { status: 200, contentType: 'text/html', body: REQUEST_REJECTED_HTML },
    'html',
  ],
  ['403', { status: 403, contentType: 'text/html', body: REQUEST_REJECTED_HTML }, 'forbidden'],
  ['429', { status: 429, body: '{"message":"Too Many Requests"}' }, 'rate-limited'],
  ['500', { status: 500, body: '{"message":"Internal Server Error"}' }, 'server-error'],
  ['truncated JSON', { status: 201, body: truncated(TRANSPARENCY) }, 'not-json'],
  [
    'wrong content type',
    { status: 201, contentType: 'text/plain', body: wrongType(TRANSPARENCY) },
    'wrong-type',
  ],
  ['a renamed field', { status: 201, body: renamedField(TRANSPARENCY) }, 'schema'],
  ['numbers as strings', { status: 201, body: numbersAsStrings(TRANSPARENCY) }, 'schema'],
  ['a 10 MB answer', { status: 201, body: oversized(TRANSPARENCY, 10) }, 'too-large'],
];

describe('the portal failing the page: what the official sees, nothing good lost', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;
  let panel: Page;
  let dashboard: Page;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    portal = await browser.context.newPage();
    await portal.goto(PHU_THO_AUGUST);
    await waitReady(portal);
    await waitJudged(browser, 1);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/data`);
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('flags each bad answer with its reason in the panel and the dashboard, keeping the good capture', async () => {
    await expect
      .poll(() => panel.getByTestId('capture-view').textContent())
      .toBe('Đang xem: UBND tỉnh Phú Thọ — Tháng 08/2026');
    expect(await dashboard.getByTestId('attention-none').count()).toBe(1);

    for (const [index, [name, fault, code]] of PAGE_FAULTS.entries()) {
      replica.setResponse({ path: `${API}transparency`, ...fault, times: 1 });
      await portal.reload();
      await waitSettled(portal);
      const stored = await waitJudged(browser, index + 2);
      const latest = stored.reduce((a, b) => (b.id > a.id ? b : a));
      expect(latest.state, name).toBe('flagged');
      expect(latest.reasonCode, name).toBe(code);
      // The raw answer is kept for checking, except one too large to keep.
      expect(latest.bytes, name).toBe(code === 'too-large' ? 0 : Buffer.byteLength(fault.body));

      // The panel still follows the page, says why in words, and counts the good group.
      const notice = panel.getByTestId('view-flag');
      await expect.poll(() => notice.getAttribute('data-code'), { timeout: 10_000 }).toBe(code);
      const text = (await notice.textContent()) ?? '';
      expect(text, name).toContain(flagReasonText(code, 'vi'));
      expect(text, name).toContain('Số liệu đã lưu trước đó của kỳ này vẫn được giữ nguyên.');
      expect(text, name).not.toMatch(/expected|received|content-type|data\.overview/);
      expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('1');

      // The dashboard lists it first, with what to do and the good capture it keeps.
      await expect.poll(async () => (await attentionRows(dashboard)).length).toBe(index + 1);
      const [row] = await attentionRows(dashboard);
      expect(row, name).toMatchObject({ code, kept: true, reason: flagReasonText(code, 'vi') });

      // No good data lost, no wrong row stored.
      expect(stored.filter((c) => c.state === 'ok')).toHaveLength(1);
      expectOnlyFixtureData(stored);
    }
    await panel.screenshot({ path: join(ARTIFACTS, 'faults-panel-flagged.png') });
    await dashboard.screenshot({
      path: join(ARTIFACTS, 'faults-needs-attention.png'),
      fullPage: true,
    });
    const advice = (await attentionRows(dashboard)).map((r) => r.advice);
    expect(new Set(advice)).toEqual(new Set(['later', 'reload', 'report']));
    // The English UI words the same codes in English (translated on the page).
    await dashboard.locator('.locale-switch select').selectOption('en');
    await expect
      .poll(async () => (await attentionRows(dashboard)).map((r) => r.reason))
      .toEqual(PAGE_FAULTS.map(([, , code]) => flagReasonText(code, 'en')).reverse());
    expect(await dashboard.locator('#attention-heading').textContent()).toBe('Needs attention');
    await dashboard.locator('.locale-switch select').selectOption('vi');

    // The portal answers well again: the notice goes, nothing new is stored (same bytes).
    await portal.reload();
    await waitReady(portal);
    await expect.poll(() => panel.getByTestId('view-flag').count(), { timeout: 10_000 }).toBe(0);
    expect((await judgedCaptures(browser)).filter((c) => c.state === 'ok')).toHaveLength(1);
  });

  it('never stores the national summary as a province’s, and says so', async () => {
    await portal.goto(GIA_LAI_SUMMARY);
    await waitReady(portal);
    const before = (await judgedCaptures(browser)).length;
    await waitJudged(browser, before);
    replica.setResponse({
      path: `${API}service-results`,
      match: (body) => (body as { rootDepartmentId?: string }).rootDepartmentId === GIA_LAI,
      status: 201,
      body: nationalSummary(),
      times: 1,
    });
    await portal.reload();
    await waitSettled(portal);
    const stored = await waitJudged(browser, before + 1);
    const latest = stored.reduce((a, b) => (b.id > a.id ? b : a));
    expect(latest).toMatchObject({ state: 'flagged', reasonCode: 'mismatch' });
    const notice = panel.getByTestId('view-flag');
    await expect.poll(() => notice.getAttribute('data-code'), { timeout: 10_000 }).toBe('mismatch');
    expect(await panel.getByTestId('capture-view').textContent()).toMatch(
      /Gia Lai — Tháng 02\/2026$/,
    );
    const summaries = stored.filter((c) => c.state === 'ok' && c.url.endsWith('service-results'));
    expect(summaries).toHaveLength(1);
    expectOnlyFixtureData(stored);
  });

  it('follows the page to a period with no data and never counts it as saved', async () => {
    const before = await judgedCaptures(browser);
    await portal.goto(
      `${PAGE}?province=${PHU_THO}&timeType=quarter&year=2026&quarter=3&group=transparency`,
    );
    await waitSettled(portal);
    expect(await portal.getByTestId('load-status').getAttribute('data-state')).toBe('empty');
    await waitJudged(browser, before.length + 1);

    await expect
      .poll(() => panel.getByTestId('capture-view').textContent(), { timeout: 10_000 })
      .toBe('Đang xem: UBND tỉnh Phú Thọ — Quý III/2026');
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('0');
    const notice = panel.getByTestId('view-flag');
    expect(await notice.getAttribute('data-code')).toBe('not-found');
    expect(await notice.textContent()).toMatch(
      /^Cổng chưa có số liệu cho Quý III\/2026\. Chọn kỳ khác/,
    );
    await panel.screenshot({ path: join(ARTIFACTS, 'faults-panel-no-data.png') });

    // The popup counts only what was understood, and points to the reasons.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const ok = (await judgedCaptures(browser)).filter((c) => c.state === 'ok').length;
    const flagged = (await judgedCaptures(browser)).length - ok;
    await expect
      .poll(() => popup.getByTestId('stored-count').getAttribute('data-count'))
      .toBe(String(ok));
    expect(await popup.getByTestId('flagged-count').getAttribute('data-count')).toBe(
      String(flagged),
    );
    expect(await popup.getByTestId('open-needs-attention').getAttribute('href')).toMatch(
      /dashboard\.html#\/data$/,
    );
    expect(await popup.locator('[data-testid="captures-table"] tbody tr').count()).toBe(2);
    await popup.close();
  });
});
