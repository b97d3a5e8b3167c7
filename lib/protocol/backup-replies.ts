import type { BackupStatus } from '../backup/backup-status';
import type { RestoreSummary } from '../backup/restore';

/** What the background answers to the backup messages (merged into `ReplyMap`). */
export interface BackupReplyMap {
  /** The file is held by the background and read with `transfer:read`. */
  'backup:build': { fileName: string; transferId: string; chars: number; captures: number };
  'transfer:read': { text: string; done: boolean };
  'transfer:write': { id: string };
  'backup:preview': RestoreSummary;
  'backup:restore': RestoreSummary;
  'backup:status': BackupStatus;
  'data:delete': { captures: number };
}
