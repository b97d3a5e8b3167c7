import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from './portal/site';

/**
 * Portal tabs opened before the extension was installed (or reloaded) have no tap: the page
 * loaded its answers before it existed, so nothing is captured until the tab is reloaded.
 */
export async function openPortalTabIds(): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: PORTAL_MATCHES });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** Reloads every open portal tab; resolves with how many were reloaded. */
export async function reloadPortalTabs(): Promise<number> {
  const ids = await openPortalTabIds();
  await Promise.all(ids.map((id) => browser.tabs.reload(id)));
  return ids.length;
}

/** On a first install, the welcome page says what the extension does and does not do. */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });
}
