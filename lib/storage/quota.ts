/**
 * How full the browser's storage for the extension is, in words an official acts on. The
 * history is only worth something if it is kept: warn well before the quota is reached.
 */
export interface StorageEstimate {
  usage: number | null;
  quota: number | null;
}

export type StorageLevel = 'ok' | 'near' | 'full' | 'unknown';

/** From this share of the quota on, the page warns (and from FULL_AT on, it says to act now). */
export const NEAR_AT = 0.8;
export const FULL_AT = 0.95;

export function storageLevel({ usage, quota }: StorageEstimate): StorageLevel {
  if (usage === null || quota === null || !(quota > 0) || usage < 0) return 'unknown';
  const share = usage / quota;
  if (share >= FULL_AT) return 'full';
  if (share >= NEAR_AT) return 'near';
  return 'ok';
}

/** Usage as a share of the quota, in percent with one decimal; null when unknown. */
export function usedPercent({ usage, quota }: StorageEstimate): number | null {
  if (usage === null || quota === null || !(quota > 0) || usage < 0) return null;
  return Math.round((usage / quota) * 1000) / 10;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Bytes as people read them: "12,4 MB" (vi) or "12.4 MB" (en). */
export function formatBytes(bytes: number, locale: 'vi' | 'en'): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const text = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} ${UNITS[unit]}`;
}
