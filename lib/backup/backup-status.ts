import type { ChisoDatabase } from '../db/database';
import { lastBackupAt } from '../settings/last-backup';
import { type BackupReminder, backupReminder } from './reminder';

export interface BackupStatus {
  lastBackupAt: string | null;
  reminder: BackupReminder;
}

/** When the last backup was made and whether to remind the official of one. */
export async function backupStatus(db: ChisoDatabase, now: Date): Promise<BackupStatus> {
  const last = await lastBackupAt.getValue();
  const oldest = await db.captures.orderBy('observedAt').first();
  let newestStoredAt: string | null = null;
  await db.captures.each((c) => {
    if (newestStoredAt === null || c.storedAt > newestStoredAt) newestStoredAt = c.storedAt;
  });
  return {
    lastBackupAt: last,
    reminder: backupReminder({
      now,
      lastBackupAt: last,
      oldestCaptureAt: oldest?.observedAt ?? null,
      newestStoredAt,
    }),
  };
}
