/** A month, as the reminder counts it: 30 days. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

export interface ReminderFacts {
  now: Date;
  /** When the last full backup was downloaded; null: never. */
  lastBackupAt: string | null;
  /** observedAt of the oldest and storedAt of the newest capture; null when nothing is stored. */
  oldestCaptureAt: string | null;
  newestStoredAt: string | null;
}

/**
 * `never`: data older than a month and no backup ever; `stale`: the last backup is over a
 * month old and something was stored since; `none`: nothing to remind of (no data, a recent
 * backup, or nothing new since the last one).
 */
export type BackupReminder = 'none' | 'never' | 'stale';

export function backupReminder(facts: ReminderFacts): BackupReminder {
  const { now, lastBackupAt, oldestCaptureAt, newestStoredAt } = facts;
  if (oldestCaptureAt === null || newestStoredAt === null) return 'none';
  const monthAgo = now.getTime() - BACKUP_REMINDER_DAYS * DAY_MS;
  const last = lastBackupAt === null ? Number.NaN : Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return Date.parse(oldestCaptureAt) < monthAgo ? 'never' : 'none';
  if (last >= monthAgo) return 'none';
  return Date.parse(newestStoredAt) > last ? 'stale' : 'none';
}
