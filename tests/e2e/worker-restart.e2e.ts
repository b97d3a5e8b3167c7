import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { startHarness, waitReady } from '../support/e2e-harness.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const PORTAL = `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;

/**
 * Chrome stops an idle extension service worker after ~30 s. What the portal tab shows must
 * outlive it: the panel opened after the worker slept still follows the page, and
 * "store the missing groups" still knows what to complete.
 */
async function stopServiceWorkers(browser: LaunchedExtension, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  );
  if (!worker) throw new Error('no extension service worker among the targets');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

describe('a service worker that went to sleep', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  beforeEach(async () => {
    ({ replica, browser } = await startHarness());
  });

  afterEach(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('leaves the side panel knowing what the portal tab shows', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(PORTAL);
    await waitReady(portal);
    // The capture is stored and the tab's view noted before the worker is stopped.
    const probe = await browser.context.newPage();
    await probe.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect
      .poll(() => probe.getByTestId('groups-stored').getAttribute('data-stored'))
      .toBe('1');
    await probe.close();

    // A mark in the worker's memory: a restarted worker no longer has it.
    const worker = browser.serviceWorker;
    await worker.evaluate(() => {
      (globalThis as { chisoMark?: number }).chisoMark = 1;
    });
    await probe.close();
    await stopServiceWorkers(browser, portal);

    // Opening the panel wakes a new worker, which must read the view back.
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect
      .poll(() => panel.getByTestId('capture-view').textContent(), { timeout: 15_000 })
      .toBe('Đang xem: UBND tỉnh Phú Thọ — Tháng 08/2026');
    expect(await panel.getByTestId('groups-stored').getAttribute('data-stored')).toBe('1');
    expect(await panel.getByTestId('capture-all').isEnabled()).toBe(true);
    // The worker that answered the panel is a new one.
    const marks = await Promise.all(
      browser.context
        .serviceWorkers()
        .map((w) =>
          w.evaluate(() => (globalThis as { chisoMark?: number }).chisoMark).catch(() => 'gone'),
        ),
    );
    expect(marks).toContain(undefined);
    expect(marks).not.toContain(1);
    expect(replica.requests.length).toBeGreaterThan(0);
  });
});
