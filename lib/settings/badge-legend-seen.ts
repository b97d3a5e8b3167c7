import { storage } from 'wxt/utils/storage';

/** Whether the official closed the badges' legend on the portal page; it is shown once. */
export const badgeLegendSeen = storage.defineItem<boolean>('local:badgeLegendSeen', {
  fallback: false,
  version: 1,
});
