import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PortalFetchReply } from '../lib/bridge/portal-fetch';
import { CaptureAllController } from '../lib/capture/capture-all-controller';
import { ingestObservedCall } from '../lib/capture/ingest';
import { renormalizeCaptures } from '../lib/capture/renormalize';
import { TabViews } from '../lib/capture/tab-views';
import { ChisoDatabase } from '../lib/db/database';
import {
  ANNOTATIONS_CHANGED,
  CAPTURE_ALL_PROGRESS,
  CAPTURES_CHANGED,
  VIEWS_CHANGED,
} from '../lib/messaging/events';
import { handleRequest } from '../lib/messaging/handle-request';
import { classifySender } from '../lib/messaging/sender-policy';
import { loadAnalysisSettings } from '../lib/settings/target-profiles';

export default defineBackground(() => {
  const db = new ChisoDatabase();
  const extensionOrigin = browser.runtime.getURL('/');
  // No page open means nobody is listening; that is not an error.
  const broadcast = (message: object) => {
    browser.runtime.sendMessage(message).catch(() => {});
  };

  const controller = new CaptureAllController({
    db,
    fetchInTab: async (tabId, url, body) => {
      const reply = (await browser.tabs.sendMessage(tabId, {
        type: 'portal:fetch',
        url,
        body,
      })) as PortalFetchReply | undefined;
      if (!reply) throw new Error('network: the portal tab did not answer');
      if (!reply.ok) throw new Error(reply.timeout ? `timeout: ${reply.error}` : reply.error);
      return reply;
    },
    ingest: (_tabId, pageUrl, url, body, response) =>
      ingestObservedCall(db, { url, method: 'POST', requestBody: body, ...response }, pageUrl),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    broadcast: (progress) => {
      broadcast({ type: CAPTURE_ALL_PROGRESS, progress });
      broadcast({ type: CAPTURES_CHANGED });
    },
  });

  const tabs = new TabViews(db, controller, (tabId) => {
    browser.tabs.sendMessage(tabId, { type: ANNOTATIONS_CHANGED }).catch(() => {});
  });
  // Pages are told only once the tab's view is known, so a panel that reloads on the news
  // already sees the province and period the page moved to.
  const onStored = (outcome: { id: number }, tabId: number | null) => {
    const noted = tabId === null ? Promise.resolve() : tabs.noteStored(outcome.id, tabId);
    noted.catch(() => {}).then(() => broadcast({ type: CAPTURES_CHANGED }));
  };

  // sendResponse + `return true` works in every browser; a returned promise does not yet.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
    const tabId = sender.tab?.id ?? null;
    handleRequest(
      message,
      kind,
      {
        db,
        onStored,
        controller,
        loadSettings: loadAnalysisSettings,
        snapshotOfTab: (id) => tabs.snapshotOf(id),
      },
      tabId,
    ).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabs.forget(tabId)) broadcast({ type: VIEWS_CHANGED });
  });

  // Captures stored by an older version are parsed again from their raw payload.
  renormalizeCaptures(db).catch((error: unknown) => console.error('chiso766: re-normalise', error));
});
