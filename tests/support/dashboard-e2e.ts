import type { Page } from 'playwright-core';
import { PHU_THO, PORTAL_PAGE_URL } from './e2e-harness.ts';
import type { LaunchedExtension } from './launch-browser.ts';

/** The set-up the dashboard e2e files share: the portal page to capture from, the dashboard. */

/** Phú Thọ's evaluation page on the portal for a month of 2026, opened on `group`. */
export const phuThoPortal = (month: number, group = 'transparency') =>
  `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&month=${month}&group=${group}`;

/** The dashboard at `hash` in a new tab of `on`, 900 px high. */
export async function openDashboard(
  on: LaunchedExtension,
  hash: string,
  { width = 1024, timeout = 15_000 }: { width?: number; timeout?: number } = {},
): Promise<Page> {
  const page = await on.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(timeout);
  await page.goto(`chrome-extension://${on.extensionId}/dashboard.html${hash}`);
  return page;
}

/**
 * Stores Phú Thọ's six August groups as a user would: the portal page stores the group it
 * opens on, then the side panel's "store the missing groups" fetches the rest. The portal tab
 * stays open; the panel is closed once it says all six are stored.
 */
export async function captureAugustFromPanel(browser: LaunchedExtension): Promise<void> {
  const portal = await browser.context.newPage();
  await portal.goto(phuThoPortal(8));
  await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await panel.waitForSelector('[data-testid="groups-stored"][data-stored="1"]');
  await panel.getByTestId('capture-all').click();
  await panel
    .getByTestId('capture-all-message')
    .filter({ hasText: 'Xong: đã lưu thêm 6 nhóm.' })
    .waitFor({ timeout: 30_000 });
  await panel.close();
}
