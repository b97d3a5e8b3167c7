import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ViewAnnotations } from '../lib/annotator/annotations';
import { acceptTapMessage } from '../lib/bridge/accept-tap-message';
import { isDrawerToggle, toggleDrawer } from '../lib/bridge/drawer';
import { isPortalFetchRequest, portalFetch } from '../lib/bridge/portal-fetch';
import { startAnnotator } from '../lib/bridge/start-annotator';
import { ANNOTATIONS_CHANGED, isEvent } from '../lib/messaging/events';
import type { CaptureObserved } from '../lib/messaging/messages';
import { annotationsEnabled } from '../lib/settings/annotations-enabled';
import { uiLocale } from '../lib/settings/locale';

// Isolated world, listening from document_start so no tap message posted early is missed.
export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/*'],
  runAt: 'document_start',
  main(ctx) {
    ctx.addEventListener(window, 'message', (event) => {
      const call = acceptTapMessage(event, window);
      if (!call) return;
      const message: CaptureObserved = { type: 'capture:observed', call, pageUrl: location.href };
      // After an extension reload this orphaned script can no longer reach the background;
      // losing one capture is fine, breaking the page is not.
      try {
        browser.runtime.sendMessage(message).catch((error: unknown) => {
          console.warn('chiso766: capture not delivered', error);
        });
      } catch (error) {
        console.warn('chiso766: capture not delivered', error);
      }
    });

    const changed: (() => void)[] = [];
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      if (isEvent(message, ANNOTATIONS_CHANGED)) {
        for (const listener of changed) listener();
        return;
      }
      if (isDrawerToggle(message)) {
        sendResponse(toggleDrawer(document, browser.runtime.getURL('/sidepanel.html')));
        return;
      }
      // "Capture all": the background asks this tab to fetch a group the page has not loaded.
      if (!isPortalFetchRequest(message)) return;
      portalFetch(message, location.href).then(sendResponse);
      return true;
    });

    startAnnotator(document, {
      fetchAnnotations: async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'annotations:current' })) as
          | { ok: true; value: ViewAnnotations | null }
          | { ok: false }
          | undefined;
        return reply?.ok ? reply.value : null;
      },
      onAnnotationsChanged: (listener) => changed.push(listener),
      enabled: () => annotationsEnabled.getValue(),
      onEnabledChanged: (listener) => {
        const unwatch = annotationsEnabled.watch((on) => listener(on !== false));
        ctx.onInvalidated(unwatch);
      },
      locale: async () => ((await uiLocale.getValue()) === 'en' ? 'en' : 'vi'),
      onLocaleChanged: (listener) => {
        const unwatch = uiLocale.watch((locale) => listener(locale === 'en' ? 'en' : 'vi'));
        ctx.onInvalidated(unwatch);
      },
      signal: ctx.signal,
    });
  },
});
