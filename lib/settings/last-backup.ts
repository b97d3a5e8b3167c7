import { storage } from 'wxt/utils/storage';

/** When the official last downloaded a full backup (ISO 8601); null: never. */
export const lastBackupAt = storage.defineItem<string | null>('local:lastBackupAt', {
  fallback: null,
  version: 1,
});
