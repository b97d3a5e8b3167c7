import { browser } from 'wxt/browser';

export const PORTAL_ASSESSMENT_URL = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

export async function openPortal(): Promise<void> {
  await browser.tabs.create({ url: PORTAL_ASSESSMENT_URL });
}

/**
 * Chrome's side panel, Firefox's sidebar; where a browser has neither (some Chromium
 * forks), the panel page opens in a tab instead of doing nothing.
 */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) return api.sidePanel.open({ windowId: win.id });
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
