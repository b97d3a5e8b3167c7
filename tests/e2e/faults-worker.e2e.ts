import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { ARTIFACTS, PHU_THO, startHarness, waitReady } from '../support/e2e-harness.ts';
import {
  expectOnlyFixtureData,
  judgedCaptures,
  stopWorkers,
  waitJudged,
  waitSettled,
} from '../support/faults-e2e.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const MONTH = `${PAGE}?province=${PHU_THO}&timeType=month&year=2026`;
const API = '/api/v1/reporting/evaluation/';
const INTERRUPTED = /^Trình duyệt đã tạm dừng tiện ích giữa chừng khi lấy nhóm “[^”]+”\. Đã dừng/;

/**
 * The browser stops an idle extension worker after ~30 s, and may stop a busy one. Nothing
 * stored may be lost, and no panel may show work that is no longer going on.
 */
describe('the service worker stopped at the wrong moment', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let portal: Page;

  const openPanel = async (): Promise<Page> => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    return panel;
  };
  const apiRequests = () => replica.requests.filter((r) => r.path.startsWith(API));

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    portal = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('during capture-all: the panel says the run stopped, keeps what it stored, and a new run completes', async () => {
    await portal.goto(`${MONTH}&month=8&group=transparency`);
    await waitReady(portal);
    await waitJudged(browser, 1);
    const panel = await openPanel();
    await expect
      .poll(() => panel.getByTestId('groups-stored').getAttribute('data-stored'))
      .toBe('1');

    // The second fetch is slow, so the worker is stopped while the run waits for it.
    replica.setResponse({
      path: `${API}provide-online-tree`,
      status: 201,
      body: '{"code":"OK","data":null}',
      delayMs: 6000,
      times: 1,
    });
    const before = apiRequests().length;
    await panel.getByTestId('capture-all').click();
    await expect
      .poll(
        () =>
          apiRequests()
            .slice(before)
            .map((r) => r.path.slice(API.length)),
        { timeout: 15_000 },
      )
      .toEqual(['dvc-progress-tree', 'provide-online-tree']);
    await expect.poll(() => panel.getByTestId('capture-all-status').count()).toBe(1);
    await stopWorkers(browser, panel);

    const message = panel.getByTestId('capture-all-message');
    await expect.poll(() => message.textContent(), { timeout: 15_000 }).toMatch(INTERRUPTED);
    expect(await message.textContent()).toContain('(1 nhóm lưu trong lượt này)');
    expect(await panel.getByTestId('capture-all-status').count()).toBe(0);
    expect(await panel.getByTestId('capture-all').isEnabled()).toBe(true);
    await panel.screenshot({ path: join(ARTIFACTS, 'faults-capture-all-interrupted.png') });

    // What the run stored before the stop is there, and nothing else: the slow answer
    // reached a worker that was gone and was never stored.
    await new Promise((resolve) => setTimeout(resolve, 6500));
    const kept = await judgedCaptures(browser);
    expect(kept.map((c) => c.endpoint).sort()).toEqual([
      'evaluation/dvc-progress-tree',
      'evaluation/transparency',
    ]);
    expectOnlyFixtureData(kept);

    // Running it again completes the view: the four groups still missing, then Tổng hợp
    // (#12), with the portal's own answers and the replica's composed summary.
    const resumedFrom = apiRequests().length;
    await panel.getByTestId('capture-all').click();
    await expect
      .poll(() => message.textContent(), { timeout: 30_000 })
      .toBe('Xong: đã lưu thêm 5 nhóm.');
    expect(
      apiRequests()
        .slice(resumedFrom)
        .map((r) => r.path.slice(API.length)),
    ).toEqual([
      'provide-online-tree',
      'formality-online-payment-tree',
      'handling-satisfaction',
      'dossier-digitized',
      'service-results',
    ]);
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('6');
    expect(await panel.locator('[data-group="TOTAL"]').getAttribute('data-stored')).toBe('true');
    const stored = await waitJudged(browser, 7);
    expect(stored.every((c) => c.state === 'ok')).toBe(true);
    expect(stored.filter((c) => c.endpoint === 'evaluation/service-results')).toHaveLength(1);
    expectOnlyFixtureData(stored);
    await panel.close();
  }, 90_000);

  it('between a refused answer and the panel: the new worker still says why', async () => {
    await portal.goto(
      `${PAGE}?province=${PHU_THO}&timeType=quarter&year=2026&quarter=3&group=transparency`,
    );
    await waitSettled(portal);
    await waitJudged(browser, 8);
    await stopWorkers(browser, portal);
    const panel = await openPanel();
    await expect
      .poll(() => panel.getByTestId('capture-view').textContent(), { timeout: 15_000 })
      .toBe('Đang xem: UBND tỉnh Phú Thọ — Quý III/2026');
    expect(await panel.getByTestId('view-flag').getAttribute('data-code')).toBe('not-found');
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('0');
    await panel.close();
  });

  it('a 30 s silent portal: capture-all gives up after its 30 s timeout and says so', async () => {
    await portal.goto(`${MONTH}&month=7&group=dvc-progress-tree`);
    await waitReady(portal);
    const storedBefore = await waitJudged(browser, 9);
    const panel = await openPanel();
    await expect
      .poll(() => panel.getByTestId('capture-view').textContent())
      .toBe('Đang xem: UBND tỉnh Phú Thọ — Tháng 07/2026');
    // Honest wall time: the portal stays silent longer than the extension waits (30 s).
    replica.setResponse({
      path: /\/evaluation\//,
      status: 201,
      body: '{}',
      delayMs: 31_000,
      times: 1,
    });
    const before = apiRequests().length;
    const started = Date.now();
    await panel.getByTestId('capture-all').click();
    const message = panel.getByTestId('capture-all-message');
    await expect
      .poll(() => message.textContent(), { timeout: 45_000, interval: 1000 })
      .toMatch(
        /^Cổng không trả lời kịp khi lấy nhóm “[^”]+”\. Đã dừng, không gửi thêm yêu cầu nào\./,
      );
    expect(Date.now() - started).toBeGreaterThanOrEqual(29_000);
    expect(apiRequests().length - before).toBe(1);
    expect(await judgedCaptures(browser)).toHaveLength(storedBefore.length);
    expectOnlyFixtureData(await judgedCaptures(browser));
  }, 90_000);
});
