import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { ARTIFACTS, PHU_THO, startHarness, waitReady } from '../support/e2e-harness.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PORTAL = `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;

describe('the first run', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let welcome: Page;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    welcome =
      browser.context.pages().find(isWelcome) ??
      (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('opens a welcome page that says what the extension does and never does', async () => {
    await welcome.setViewportSize({ width: 1024, height: 900 });
    await welcome.getByTestId('welcome').waitFor();
    const never = (await welcome.getByTestId('welcome-does-not').textContent()) ?? '';
    expect(never).toContain('không gửi đi đâu');
    expect(never).toContain('cách nhau ít nhất 1 giây');
    expect(await welcome.getByTestId('welcome-no-tabs').isVisible()).toBe(true);
    await welcome.screenshot({ path: join(ARTIFACTS, 'welcome.png'), fullPage: true });
  });

  it('offers to reload the portal tabs that were open before, and reloads them', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(PORTAL);
    await waitReady(portal);
    const before = replica.requests.length;
    await welcome.reload();
    const reload = welcome.getByTestId('welcome-reload');
    await reload.waitFor();
    expect(await reload.textContent()).toBe('Tải lại 1 trang Cổng');
    await reload.click();
    await expect
      .poll(() => welcome.getByTestId('welcome-reloaded').textContent())
      .toBe('Đã tải lại 1 trang Cổng.');
    // The reloaded page asks the portal again: its answer now reaches the extension's tap.
    await expect.poll(() => replica.requests.length).toBeGreaterThan(before);
    await portal.close();
  });
});
