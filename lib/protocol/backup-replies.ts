import type { BackupStatus } from '../backup/backup-status';
import type { RestoreSummary } from '../backup/restore';

/** What the background answers to the backup messages (merged into `ReplyMap`). */
export interface BackupReplyMap {
  'backup:build': { fileName: string; text: string; captures: number };
  'backup:preview': RestoreSummary;
  'backup:restore': RestoreSummary;
  'backup:status': BackupStatus;
  'data:delete': { captures: number };
}
