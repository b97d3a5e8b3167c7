import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { acceptTapMessage } from '../lib/bridge/accept-tap-message';
import { isPortalFetchRequest, portalFetch } from '../lib/bridge/portal-fetch';
import type { CaptureObserved } from '../lib/messaging/messages';

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

    // "Capture all": the background asks this tab to fetch a group the page has not loaded.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isPortalFetchRequest(message)) return;
      portalFetch(message, location.href).then(sendResponse);
      return true;
    });
  },
});
