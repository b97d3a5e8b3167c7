import { browser } from 'wxt/browser';
import { CaptureAllController } from '../capture/capture-all-controller';
import type { IngestOutcome } from '../capture/ingest';
import { ingestObservedCall } from '../capture/ingest';
import { renormalizeCaptures } from '../capture/renormalize';
import { sessionRunStore } from '../capture/run-session-store';
import { ChisoDatabase } from '../db/database';
import { reportingUrl } from '../portal/site';
import { openWelcomeOnInstall } from '../portal-tabs';
import {
  CAPTURE_ALL_PROGRESS,
  CAPTURES_CHANGED,
  type PageEvent,
  VIEWS_CHANGED,
} from '../protocol/events';
import { classifySender } from '../protocol/sender-policy';
import {
  type PortalFetchRequest,
  portalFetchReplySchema,
  type ToTabMessage,
} from '../protocol/to-tab';
import { loadAnalysisSettings } from '../settings/target-profiles';
import { sessionViewStore } from '../views/session-store';
import { tabViewOf } from '../views/tab-view';
import { TabViews } from '../views/tab-views';
import { handleRequest } from './handle-request';
import { serveLongCsvPort } from './long-csv-port';

/** The service worker: owns the database, knows what each portal tab shows, answers messages. */
export function startBackground(): void {
  const db = new ChisoDatabase();
  const extensionOrigin = browser.runtime.getURL('/');
  const views = new TabViews(sessionViewStore);
  // No page open means nobody is listening; that is not an error.
  const broadcast = (event: PageEvent) => {
    browser.runtime.sendMessage(event).catch(() => {});
  };
  const toTab = (tabId: number, message: ToTabMessage) => browser.tabs.sendMessage(tabId, message);

  const controller = new CaptureAllController({
    db,
    views,
    fetchInTab: async (view, endpoint, body) => {
      const request: PortalFetchRequest = { type: 'portal:fetch', endpoint, body };
      const parsed = portalFetchReplySchema.safeParse(await toTab(view.tabId, request));
      if (!parsed.success) throw new Error('network: the portal tab did not answer');
      const reply = parsed.data;
      if (!reply.ok) throw new Error(reply.timeout ? `timeout: ${reply.error}` : reply.error);
      return reply;
    },
    ingest: (view, endpoint, body, response) => {
      const url = reportingUrl(new URL(view.pageUrl).origin, endpoint);
      return ingestObservedCall(
        db,
        { url, method: 'POST', requestBody: body, ...response },
        view.pageUrl,
      );
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    runs: sessionRunStore,
    broadcast: (progress) => {
      broadcast({ type: CAPTURE_ALL_PROGRESS, progress });
      broadcast({ type: CAPTURES_CHANGED });
    },
  });

  // Pages are told only once the tab's view is known, so a panel that reloads on the news
  // already sees the province and period the page moved to.
  const onStored = async (outcome: IngestOutcome, tabId: number | null) => {
    const view = tabId === null ? null : tabViewOf(outcome.view, tabId);
    if (view) await views.note(view).catch(() => {});
    broadcast({ type: CAPTURES_CHANGED });
  };

  // sendResponse + `return true` works in every browser; a returned promise does not yet.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
    const deps = {
      db,
      onStored,
      toTab,
      controller,
      onImported: () => broadcast({ type: CAPTURES_CHANGED }),
      loadSettings: loadAnalysisSettings,
      views,
      appVersion: browser.runtime.getManifest().version,
      onDataChanged: () => broadcast({ type: CAPTURES_CHANGED }),
    };
    handleRequest(message, kind, deps, sender.tab?.id ?? null).then(sendResponse);
    return true;
  });
  // The long CSV streams over a port, chunk by chunk (#11).
  browser.runtime.onConnect.addListener((port) => {
    const kind = port.sender
      ? classifySender(port.sender, browser.runtime.id, extensionOrigin)
      : null;
    serveLongCsvPort(port, kind, { db, loadSettings: loadAnalysisSettings });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    views.forget(tabId).then((had) => had && broadcast({ type: VIEWS_CHANGED }));
  });

  openWelcomeOnInstall();

  // Captures stored by an older version are parsed again from their raw payload.
  renormalizeCaptures(db).catch((error: unknown) => console.error('chiso766: re-normalise', error));
}
