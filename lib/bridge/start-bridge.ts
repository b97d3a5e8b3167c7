import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ViewAnnotations } from '../annotator/annotations';
import { readToTab } from '../protocol/read-to-tab';
import type { CaptureObserved } from '../protocol/requests';
import { annotationsEnabled } from '../settings/annotations-enabled';
import { badgeLegendSeen } from '../settings/badge-legend-seen';
import { uiLocale } from '../settings/locale';
import { acceptTapMessage } from './accept-tap-message';
import { deliver } from './deliver';
import { toggleDrawer } from './drawer';
import { portalFetch } from './portal-fetch';
import { startAnnotator } from './start-annotator';

const localeOf = (value: unknown) => (value === 'en' ? 'en' : 'vi');

/**
 * The isolated side of the portal tab: forwards what the tap saw to the background, answers
 * the background's few requests, and draws the badges.
 */
export function startBridge(ctx: ContentScriptContext): void {
  // Numbered from a random start: annotations sent ahead for the page this tab showed before
  // a navigation must not settle this page's captures (the tab id is the same).
  let tickets = Math.floor(Math.random() * 2 ** 40);
  const annotator = startAnnotator(document, {
    fetchAnnotations: async () => {
      // The answer comes from this extension's own background (checked by sender id there).
      const reply = (await browser.runtime.sendMessage({ type: 'annotations:current' })) as
        | { ok: true; value: ViewAnnotations | null }
        | { ok: false }
        | undefined;
      return reply?.ok ? reply.value : null;
    },
    enabled: () => annotationsEnabled.getValue(),
    onEnabledChanged: (listener) => {
      const unwatch = annotationsEnabled.watch((on) => listener(on !== false));
      ctx.onInvalidated(unwatch);
    },
    locale: async () => localeOf(await uiLocale.getValue()),
    onLocaleChanged: (listener) => {
      const unwatch = uiLocale.watch((locale) => listener(localeOf(locale)));
      ctx.onInvalidated(unwatch);
    },
    legendSeen: () => badgeLegendSeen.getValue(),
    markLegendSeen: () => {
      badgeLegendSeen.setValue(true).catch(() => {});
    },
    signal: ctx.signal,
  });

  ctx.addEventListener(window, 'message', (event) => {
    const call = acceptTapMessage(event, window);
    if (!call) return;
    tickets += 1;
    const ticket = tickets;
    const message: CaptureObserved = {
      type: 'capture:observed',
      call,
      pageUrl: location.href,
      ticket,
    };
    // After an extension reload this orphaned script can no longer reach the background;
    // losing one capture is fine, breaking the page is not.
    try {
      const sent = deliver(() => browser.runtime.sendMessage(message));
      annotator.captureSent(ticket, sent);
      sent.catch((error: unknown) => {
        console.warn('chiso766: capture not delivered', error);
      });
    } catch (error) {
      console.warn('chiso766: capture not delivered', error);
    }
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    const message = readToTab(raw);
    if (message?.type === 'event:annotations') {
      annotator.annotationsArrived(message.ticket, message.annotations);
    } else if (message?.type === 'drawer:toggle') {
      uiLocale.getValue().then((locale) => {
        sendResponse(
          toggleDrawer(document, browser.runtime.getURL('/sidepanel.html'), localeOf(locale)),
        );
      });
      return true;
    } else if (message?.type === 'portal:fetch') {
      // "Capture all": the background asks this tab to fetch a group the page has not loaded.
      portalFetch(message, location.href).then(sendResponse);
      return true;
    }
  });
}
