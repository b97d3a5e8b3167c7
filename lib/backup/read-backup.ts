import { sha256Hex } from '../db/captures';
import { ChisoError } from '../protocol/errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  backupFileSchema,
  MAX_BACKUP_CHARS,
} from './format';

/** A backup that passed every check: its rows, with each capture's payload beside it. */
export interface CheckedBackup {
  file: BackupFile;
  payloads: Map<number, string>;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * Reads a backup file's text and checks all of it before anything is written: JSON, our
 * format name and version, every row (zod), every payload present once and its sha256 and
 * size recomputed. Throws a `ChisoError` that says what is wrong with the file.
 */
export async function readBackup(text: string): Promise<CheckedBackup> {
  if (text.length > MAX_BACKUP_CHARS) throw new ChisoError('errBackupTooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A download cut short ends mid-value; either way the file cannot be trusted.
    throw new ChisoError('errBackupNotJson');
  }
  const envelope = record(json);
  if (!envelope || envelope.format !== BACKUP_FORMAT) throw new ChisoError('errBackupForeign');
  const version = envelope.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    throw new ChisoError('errBackupNewer', { version });
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChisoError('errBackupInvalid', {
      where: issue?.path.join('.') || '?',
      detail: issue?.message ?? '?',
    });
  }
  const file = parsed.data;
  const [captures, payloadTable, , observations] = file.database.data.data;

  const captureIds = new Set<number>();
  for (const capture of captures.rows) {
    if (captureIds.has(capture.id)) {
      throw new ChisoError('errBackupInvalid', { where: 'captures', detail: `id ${capture.id}` });
    }
    captureIds.add(capture.id);
  }
  const payloads = new Map<number, string>();
  for (const payload of payloadTable.rows) {
    if (!captureIds.has(payload.captureId) || payloads.has(payload.captureId)) {
      throw new ChisoError('errBackupInvalid', {
        where: 'payloads',
        detail: `captureId ${payload.captureId}`,
      });
    }
    payloads.set(payload.captureId, payload.responseText);
  }
  for (const observation of observations.rows) {
    if (!captureIds.has(observation.captureId)) {
      throw new ChisoError('errBackupInvalid', {
        where: 'observations',
        detail: `captureId ${observation.captureId}`,
      });
    }
  }

  let altered = 0;
  for (const capture of captures.rows) {
    const payload = payloads.get(capture.id);
    if (payload === undefined) {
      throw new ChisoError('errBackupMissingPayload', { sha256: capture.sha256.slice(0, 12) });
    }
    const { hex, bytes } = await sha256Hex(payload);
    if (hex !== capture.sha256 || bytes !== capture.bytes) altered++;
  }
  if (altered > 0) throw new ChisoError('errBackupAltered', { count: altered });
  return { file, payloads };
}
