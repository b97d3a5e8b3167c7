import { storage } from 'wxt/utils/storage';
import type { Letterhead } from '../report/letterhead';

/** The office's letterhead for reports (read back through `readLetterhead`, never trusted as is). */
export const reportLetterhead = storage.defineItem<Letterhead>('local:reportLetterhead', {
  fallback: {},
  version: 1,
});
