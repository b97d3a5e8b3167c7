import { exportDB } from 'dexie-export-import';
import type { ChisoDatabase } from '../db/database';
import { vietnamTimeParts } from '../format/vietnamese';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './format';
import { readLocalSettings } from './settings-bundle';

/** The tables a backup holds, in the order the file lists them. */
export const BACKUP_TABLES = ['captures', 'payloads', 'units', 'observations'] as const;

export interface Selection {
  rootUnitIds: string[];
  periodKeys: string[];
}

export interface BuiltBackup {
  fileName: string;
  text: string;
  captures: number;
}

/** `chiso766-backup-20261203-1845.json`, Vietnam time; a share file says so. */
export function backupFileName(now: Date, share: boolean): string {
  const p = vietnamTimeParts(now);
  const stamp = `${p.year}${p.month}${p.day}-${p.hour}${p.minute}`;
  return `chiso766-backup-${stamp}${share ? '-chia-se' : ''}.json`;
}

/** IndexedDB keeps a key set to undefined; JSON cannot, so such keys are left out. */
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** Which rows a share file keeps: the chosen roots' captures of the chosen periods. */
async function shareFilter(db: ChisoDatabase, selection: Selection) {
  const roots = new Set(selection.rootUnitIds);
  const periods = new Set(selection.periodKeys);
  const captures = await db.captures
    .filter((c) => roots.has(c.rootUnitId ?? '') && periods.has(c.periodKey ?? ''))
    .primaryKeys();
  const captureIds = new Set(captures);
  const unitIds = new Set(roots);
  await db.observations
    .where('captureId')
    .anyOf(captures)
    .each((o) => unitIds.add(o.unitId));
  return (table: string, value: Record<string, unknown>): boolean => {
    if (table === 'captures') return captureIds.has(value.id as number);
    if (table === 'payloads' || table === 'observations') {
      return captureIds.has(value.captureId as number);
    }
    return unitIds.has(value.id as string);
  };
}

/**
 * The whole database (or, with a selection, the chosen roots and periods) and, for a full
 * backup, the settings, as one JSON text. Runs in the background, which owns the database.
 */
export async function buildBackup(
  db: ChisoDatabase,
  selection: Selection | null,
  now: Date,
  appVersion: string,
): Promise<BuiltBackup> {
  const filter = selection ? await shareFilter(db, selection) : null;
  const blob = await exportDB(db, {
    skipTables: db.tables
      .map((t) => t.name)
      .filter((name) => !(BACKUP_TABLES as readonly string[]).includes(name)),
    ...(filter ? { filter } : {}),
    transform: (_table, value) => ({ value: withoutUndefined(value) }),
  });
  const database = JSON.parse(await blob.text()) as BackupFile['database'];
  const order = (name: string) => (BACKUP_TABLES as readonly string[]).indexOf(name);
  database.data.data.sort((a, b) => order(a.tableName) - order(b.tableName));
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    selection,
    settings: selection ? null : await readLocalSettings(),
    database,
  };
  return {
    fileName: backupFileName(now, selection !== null),
    text: JSON.stringify(file),
    captures: database.data.data[0]?.rows.length ?? 0,
  };
}
