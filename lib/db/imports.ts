import type { ImportedRow } from '../import/imported-row';
import { parsePeriodKey } from '../model/period';
import { ENDPOINT_OF_GROUP, PARSER_VERSION, TOTAL_ENDPOINT } from '../portal';
import { sha256Hex } from './captures';
import type { CaptureRecord, ChisoDatabase, ObservationRecord, UnitRecord } from './database';
import { cachedRead } from './header-cache';

/**
 * Import batches in the database: one capture-like record per batch (`source: 'import'`, no
 * snapshot key, so it never becomes a portal snapshot), its raw text in `payloads` with its
 * sha256 like any capture, its values in `observations` with the snapshot each stands in for.
 * A backup of the tables therefore carries imports as they are.
 */

/** The endpoint name of every batch: not a portal path, and what finds batches by index. */
export const IMPORT_ENDPOINT = 'import';

export type ImportFormat = 'long-csv' | 'template-csv' | 'template-xlsx' | 'paste';

const CONTENT_TYPE: Record<ImportFormat, string> = {
  'long-csv': 'text/csv',
  'template-csv': 'text/csv',
  'template-xlsx': 'text/tab-separated-values',
  paste: 'text/tab-separated-values',
};

export interface ImportBatchInput {
  rawText: string;
  fileName: string;
  format: ImportFormat;
  rows: readonly ImportedRow[];
  now: Date;
}

export interface ImportBatchOutcome {
  batchId: number;
  /** Values stored by this batch (0 when the same text was imported before). */
  added: number;
  alreadyImported: boolean;
}

const endpointOf = (row: ImportedRow) =>
  row.subject === 'TOTAL' ? TOTAL_ENDPOINT : ENDPOINT_OF_GROUP[row.subject];

export async function writeImportBatch(
  db: ChisoDatabase,
  input: ImportBatchInput,
): Promise<ImportBatchOutcome> {
  const { hex, bytes } = await sha256Hex(input.rawText);
  return db.transaction('rw', [db.captures, db.payloads, db.observations, db.units], async () => {
    const same = await db.captures
      .where('sha256')
      .equals(hex)
      .filter((c) => c.source === 'import')
      .first();
    if (same) return { batchId: same.id, added: 0, alreadyImported: true };
    const at = input.now.toISOString();
    const header: Omit<CaptureRecord, 'id'> = {
      endpoint: IMPORT_ENDPOINT,
      url: '',
      method: 'IMPORT',
      requestBody: JSON.stringify({ format: input.format, rows: input.rows.length }),
      status: 200,
      contentType: CONTENT_TYPE[input.format],
      observedAt: at,
      storedAt: at,
      pageUrl: input.fileName,
      sha256: hex,
      bytes,
      state: 'ok',
      reason: null,
      parserVersion: PARSER_VERSION,
      periodKey: null,
      periodType: null,
      periodClosed: null,
      rootUnitId: null,
      scope: null,
      warnings: [],
      seenCount: 1,
      lastSeenAt: at,
      subject: null,
      source: 'import',
    };
    const batchId = await db.captures.add(header as CaptureRecord);
    await db.payloads.add({ captureId: batchId, responseText: input.rawText });
    const observations = input.rows.map(
      (row): Omit<ObservationRecord, 'id'> => ({
        ...row.observation,
        captureId: batchId,
        endpoint: endpointOf(row),
        unitCode: row.unit.code,
        unitName: row.unit.name,
        unitKind: row.unit.kind,
        source: 'import',
        imported: {
          subject: row.subject,
          rootUnitId: row.rootUnitId,
          periodKey: row.periodKey,
          periodType: parsePeriodKey(row.periodKey)?.type ?? 'month',
          periodClosed: row.periodClosed,
          scope: row.scope,
          observedAt: row.observedAt,
        },
      }),
    );
    await db.observations.bulkAdd(observations as ObservationRecord[]);
    await addUnknownUnits(db, input.rows, at);
    return { batchId, added: observations.length, alreadyImported: false };
  });
}

/** Units the database has never seen get a record; a known unit keeps the portal's. */
async function addUnknownUnits(db: ChisoDatabase, rows: readonly ImportedRow[], at: string) {
  const units = new Map<string, UnitRecord>();
  for (const { unit, observedAt } of rows) {
    if (!units.has(unit.id)) units.set(unit.id, { ...unit, seenAt: observedAt ?? at });
  }
  const ids = [...units.keys()];
  const known = await db.units.bulkGet(ids);
  const missing = ids.flatMap((id, i) => (known[i] ? [] : [units.get(id) as UnitRecord]));
  if (missing.length > 0) await db.units.bulkAdd(missing);
}

/** Every batch, newest first; read once per change of the captures (shared: do not modify). */
export function importBatches(db: ChisoDatabase): Promise<readonly CaptureRecord[]> {
  return cachedRead(db, 'import-batches', async () => {
    const batches = await db.captures.where('endpoint').equals(IMPORT_ENDPOINT).toArray();
    return batches
      .filter((b) => b.source === 'import')
      .sort((a, b) => b.storedAt.localeCompare(a.storedAt));
  });
}

/** The batches and every value they brought. */
export async function importedValues(
  db: ChisoDatabase,
): Promise<{ batches: readonly CaptureRecord[]; observations: ObservationRecord[] }> {
  const batches = await importBatches(db);
  if (batches.length === 0) return { batches, observations: [] };
  // One range per batch: `anyOf` walks the index with a cursor, far slower for one or two keys.
  const lists = await Promise.all(
    batches.map((b) => db.observations.where('captureId').equals(b.id).toArray()),
  );
  return { batches, observations: lists.flat() };
}
