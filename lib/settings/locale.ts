import { storage } from 'wxt/utils/storage';
import type { Locale } from '../format/vietnamese';

/** The language of the extension pages; Vietnamese unless the official chose English. */
export const uiLocale = storage.defineItem<Locale>('local:uiLocale', {
  fallback: 'vi',
  version: 1,
});
