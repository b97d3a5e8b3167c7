import { browser } from 'wxt/browser';
import { isPortalUrl, PORTAL_ASSESSMENT_URL } from './portal/site';
import type { ToTabMessage } from './protocol/to-tab';

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
 * forks), a drawer inside the portal tab, and elsewhere the panel page in a tab.
 */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) return api.sidePanel.open({ windowId: win.id });
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined && isPortalUrl(tab.url)) {
    const opened = await browser.tabs
      .sendMessage(tab.id, { type: 'drawer:toggle' } satisfies ToTabMessage)
      .catch(() => null);
    if (opened !== null) return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
