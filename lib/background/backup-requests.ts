import { backupStatus } from '../backup/backup-status';
import { buildBackup } from '../backup/build-backup';
import { deleteData } from '../backup/delete-data';
import { applyRestore, previewRestore } from '../backup/restore';
import { transfers } from '../backup/transfers';
import { renormalizeCaptures } from '../capture/renormalize';
import type { ChisoDatabase } from '../db/database';
import type { BackupReplyMap } from '../protocol/backup-replies';
import { ChisoError } from '../protocol/errors';
import type { Request } from '../protocol/requests';
import { lastBackupAt } from '../settings/last-backup';

export type BackupRequest = Extract<Request, { type: keyof BackupReplyMap }>;

export const BACKUP_REQUEST_TYPES: readonly BackupRequest['type'][] = [
  'backup:build',
  'transfer:read',
  'transfer:write',
  'backup:preview',
  'backup:restore',
  'backup:status',
  'data:delete',
];

export function isBackupRequest(request: Request): request is BackupRequest {
  return (BACKUP_REQUEST_TYPES as readonly string[]).includes(request.type);
}

/** The file a preview or restore names: sent whole, or received in slices before. */
function fileText(request: { text?: string | undefined; transferId?: string | undefined }): string {
  if (request.text !== undefined) return request.text;
  const text = request.transferId ? transfers.take(request.transferId) : null;
  if (text === null) throw new ChisoError('errBackupTransferGone');
  return text;
}

export interface BackupDeps {
  db: ChisoDatabase;
  now: () => Date;
  appVersion?: string;
  /** Told after a restore or a delete changed what is stored. */
  onDataChanged?: () => void;
}

/** The background's answers to backup, restore, share and delete (extension pages only). */
export async function dispatchBackup(
  request: BackupRequest,
  deps: BackupDeps,
): Promise<BackupReplyMap[BackupRequest['type']]> {
  switch (request.type) {
    case 'backup:build': {
      const now = deps.now();
      const built = await buildBackup(deps.db, request.selection, now, deps.appVersion ?? '');
      // A share file holds part of the history: it does not count as a backup.
      if (request.selection === null) await lastBackupAt.setValue(now.toISOString());
      return {
        fileName: built.fileName,
        transferId: transfers.hold(built.text),
        chars: built.text.length,
        captures: built.captures,
      };
    }
    case 'transfer:read': {
      const slice = transfers.read(request.id, request.offset);
      if (!slice) throw new ChisoError('errBackupTransferGone');
      return slice;
    }
    case 'transfer:write': {
      const id = transfers.append(request.id, request.text);
      if (id === null) throw new ChisoError('errBackupTransferGone');
      return { id };
    }
    case 'backup:preview':
      return previewRestore(deps.db, fileText(request));
    case 'backup:restore': {
      const outcome = await applyRestore(deps.db, fileText(request));
      if (request.transferId) transfers.forget(request.transferId);
      // A backup from an older version holds observations of an older parser: bring them
      // up to date now rather than at the next start of the worker.
      if (outcome.addCaptures > 0) await renormalizeCaptures(deps.db);
      if (outcome.addCaptures > 0) deps.onDataChanged?.();
      return outcome;
    }
    case 'backup:status':
      return backupStatus(deps.db, deps.now());
    case 'data:delete': {
      const outcome = await deleteData(deps.db, request.target);
      deps.onDataChanged?.();
      return outcome;
    }
  }
}
