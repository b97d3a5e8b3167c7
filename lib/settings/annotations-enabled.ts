import { storage } from 'wxt/utils/storage';

/** Whether badges are drawn on the portal page; switched in the popup and the side panel. */
export const annotationsEnabled = storage.defineItem<boolean>('local:annotationsEnabled', {
  fallback: true,
  version: 1,
});
