import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ChisoDatabase } from '../lib/db/database';
import { CAPTURES_CHANGED } from '../lib/messaging/events';
import { handleRequest } from '../lib/messaging/handle-request';
import { classifySender } from '../lib/messaging/sender-policy';

export default defineBackground(() => {
  const db = new ChisoDatabase();
  const extensionOrigin = browser.runtime.getURL('/');
  // No page open means nobody is listening; that is not an error.
  const onStored = () => {
    browser.runtime.sendMessage({ type: CAPTURES_CHANGED }).catch(() => {});
  };

  // sendResponse + `return true` works in every browser; a returned promise does not yet.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
    handleRequest(message, kind, { db, onStored }).then(sendResponse);
    return true;
  });
});
