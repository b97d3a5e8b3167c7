import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { ARTIFACTS, startHarness } from '../support/e2e-harness.ts';
import { readStoredCaptures } from '../support/extension-db.ts';
import { fixtureCaptures } from '../support/fixtures.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const PORTAL = `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;
const API = '/api/v1/reporting/evaluation/';

type Browser = LaunchedExtension;

/** Opens the portal (the page itself loads one group), then the side panel page. */
async function openPortalAndPanel(browser: Browser): Promise<{ portal: Page; panel: Page }> {
  const portal = await browser.context.newPage();
  await portal.goto(PORTAL);
  await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await expect
    .poll(() => panel.getByTestId('capture-view').textContent())
    .toBe('Đang xem: UBND tỉnh Phú Thọ — Tháng 08/2026');
  await expect.poll(() => panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('1');
  return { portal, panel };
}

function groupRequests(replica: Replica) {
  return replica.requests.filter((r) => r.path.startsWith(API));
}

describe('capture-all from the side panel', () => {
  let replica: Replica;
  let browser: Browser;

  beforeEach(async () => {
    ({ replica, browser } = await startHarness());
  });

  afterEach(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('fetches the five missing groups and Tổng hợp one by one, ≥ 1 s apart, showing its progress', async () => {
    const { panel } = await openPortalAndPanel(browser);
    const before = groupRequests(replica).length;
    await panel.getByTestId('capture-all').click();
    await expect.poll(() => panel.getByTestId('capture-all-status').count()).toBe(1);
    await expect.poll(() => panel.getByTestId('capture-all-progress').count()).toBe(1);
    await panel.screenshot({ path: join(ARTIFACTS, 'capture-all-running.png') });
    await expect
      .poll(() => panel.getByTestId('capture-all-message').textContent(), { timeout: 20_000 })
      .toBe('Xong: đã lưu thêm 6 nhóm.');
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('6');
    expect(await panel.locator('[data-group="TOTAL"]').getAttribute('data-stored')).toBe('true');
    await panel.screenshot({ path: join(ARTIFACTS, 'capture-all-done.png') });

    const ours = groupRequests(replica).slice(before);
    expect(ours.map((r) => r.path.slice(API.length))).toEqual([
      'dvc-progress-tree',
      'provide-online-tree',
      'formality-online-payment-tree',
      'handling-satisfaction',
      'dossier-digitized',
      // Tổng hợp, so the portal's own totals are stored (#12).
      'service-results',
    ]);
    for (let i = 1; i < ours.length; i++) {
      const gap = (ours[i]?.at ?? 0) - (ours[i - 1]?.at ?? 0);
      expect(gap, `gap before ${ours[i]?.path}`).toBeGreaterThanOrEqual(1000);
    }
    // The requests are the page's own bodies, so the replica answered each from a real capture.
    const fixtures = fixtureCaptures().filter((f) => f.file.startsWith('phu-tho-2026-08/'));
    for (const request of ours) {
      expect(request.status).toBe(201);
      if (request.path.endsWith('/service-results')) continue;
      const fixture = fixtures.find((f) => new URL(f.url).pathname === request.path);
      expect(request.body, request.path).toEqual(fixture?.requestBody);
    }
    // The province summary as the page asks for it (the real Gia Lai request, for Phú Thọ).
    expect(ours.at(-1)?.body).toEqual({
      timeType: 'month',
      year: 2026,
      month: 8,
      rootDepartmentId: PHU_THO,
    });
    const stored = await readStoredCaptures(browser.serviceWorker);
    expect(stored).toHaveLength(7);
    for (const capture of stored) {
      if (capture.endpoint === 'evaluation/service-results') continue;
      const fixture = fixtures.find((f) => f.url === capture.url);
      expect(capture.payloadSha256, capture.endpoint).toBe(fixture?.sha256);
    }
    // The long CSV now has the portal's totals: one TOTAL row per unit, the root's included.
    const csv = (await panel.evaluate(
      "chrome.runtime.sendMessage({ type: 'export:long-csv', profile: 'standard' })",
    )) as { ok: boolean; value: { text: string } };
    const totalRows = csv.value.text.split('\n').filter((line) => line.includes(',TOTAL,'));
    expect(totalRows).toHaveLength(164);
    expect(totalRows.some((line) => line.includes(PHU_THO))).toBe(true);
    // Nothing is missing any more: the button says so and sends nothing.
    await expect.poll(() => panel.getByTestId('capture-all').isDisabled()).toBe(true);
  });

  it('stops at the first 429 with a clear message, keeps what it stored, and resumes later', async () => {
    replica.setResponse({
      path: `${API}formality-online-payment-tree`,
      status: 429,
      body: '{"message":"Too Many Requests"}',
      times: 1,
    });
    const { panel } = await openPortalAndPanel(browser);
    const before = groupRequests(replica).length;
    await panel.getByTestId('capture-all').click();
    const message = panel.getByTestId('capture-all-message');
    await expect.poll(() => message.textContent(), { timeout: 20_000 }).toMatch(/429/);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('Thanh toán trực tuyến');
    expect(text).toContain('Đã dừng');
    expect(text).toContain('2 nhóm');
    expect(await message.getAttribute('role')).toBe('alert');
    await panel.screenshot({ path: join(ARTIFACTS, 'capture-all-429.png') });

    // Nothing after the refusal, even a while later.
    await panel.waitForTimeout(1500);
    const sent = groupRequests(replica).slice(before);
    expect(sent.map((r) => r.status)).toEqual([201, 201, 429]);
    expect((await readStoredCaptures(browser.serviceWorker)).map((c) => c.endpoint).sort()).toEqual(
      ['evaluation/dvc-progress-tree', 'evaluation/provide-online-tree', 'evaluation/transparency'],
    );
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('3');

    // Running it again continues with what is still missing.
    await panel.getByTestId('capture-all').click();
    await expect
      .poll(() => message.textContent(), { timeout: 20_000 })
      .toBe('Xong: đã lưu thêm 4 nhóm.');
    const resumed = groupRequests(replica).slice(before + 3);
    expect(resumed.map((r) => r.path.slice(API.length))).toEqual([
      'formality-online-payment-tree',
      'handling-satisfaction',
      'dossier-digitized',
      'service-results',
    ]);
    expect(await readStoredCaptures(browser.serviceWorker)).toHaveLength(7);
  });
});
