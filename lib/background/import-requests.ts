import { sha256Hex } from '../db/captures';
import type { ChisoDatabase } from '../db/database';
import { importBatches, importedValues, writeImportBatch } from '../db/imports';
import { latestSnapshotsWithObservations } from '../db/snapshots';
import type { ImportedRow } from '../import/imported-row';
import type { ImportIssue } from '../import/issues';
import { readLongCsv } from '../import/long-csv-import';
import { capturedPlaces } from '../import/merge-imports';
import {
  buildPreview,
  type ImportApplied,
  type ImportBatchSummary,
  type ImportFormatName,
  type ImportPreview,
} from '../import/preview';
import { type NameQuestion, readTable } from '../import/table-import';
import { ChisoError } from '../protocol/errors';
import type { ImportSource } from '../protocol/import-requests';

interface ImportRequest {
  source: ImportSource;
  fileName: string;
  confirmed: Record<string, string>;
}

interface ReadImport {
  format: ImportFormatName;
  profile: ImportPreview['profile'];
  raw: string;
  lines: number;
  rows: ImportedRow[];
  issues: ImportIssue[];
  questions: NameQuestion[];
}

async function readImport(db: ChisoDatabase, request: ImportRequest, now: Date) {
  const { source } = request;
  if (source.kind === 'long-csv') {
    const read = readLongCsv(source.text);
    return { ...read, format: 'long-csv', raw: source.text, questions: [] } satisfies ReadImport;
  }
  const units = (await db.units.toArray()).map(({ seenAt: _, ...unit }) => unit);
  const read = readTable(
    source.rows,
    { periodKey: source.periodKey, measure: source.measure },
    { units, now, confirmed: request.confirmed },
  );
  return { ...read, format: source.format, profile: null, raw: source.raw } satisfies ReadImport;
}

/** Whether a capture holds each row's value now (the rows are kept, but never shown). */
async function capturedTest(db: ChisoDatabase) {
  const places = capturedPlaces(
    (await latestSnapshotsWithObservations(db)).filter((s) => s.capture.source !== 'import'),
  );
  return (row: ImportedRow) =>
    places.has(
      [
        row.rootUnitId,
        row.periodKey,
        row.scope,
        row.observation.unitId,
        row.observation.group,
        row.observation.criterion ?? '',
      ].join('|'),
    );
}

async function importedBefore(db: ChisoDatabase, raw: string): Promise<boolean> {
  const { hex } = await sha256Hex(raw);
  const same = await db.captures.where('sha256').equals(hex).first();
  return same?.source === 'import';
}

export async function previewImport(
  db: ChisoDatabase,
  request: ImportRequest,
  now: Date,
): Promise<ImportPreview> {
  const read = await readImport(db, request, now);
  return buildPreview({
    ...read,
    isCaptured: await capturedTest(db),
    alreadyImported: await importedBefore(db, read.raw),
  });
}

export async function applyImport(
  db: ChisoDatabase,
  request: ImportRequest & { dropBadRows: boolean },
  now: Date,
): Promise<ImportApplied> {
  const read = await readImport(db, request, now);
  const badLines = new Set(read.issues.map((i) => i.row));
  if (read.issues.length > 0 && (!request.dropBadRows || badLines.has(0) || badLines.has(1))) {
    // Problems with the file itself (its header, its columns) are never dropped.
    throw new ChisoError('errImportHasIssues', { count: badLines.size });
  }
  const rows = read.rows.filter((r) => !badLines.has(r.line));
  if (rows.length === 0) throw new ChisoError('errImportNothing');
  const outcome = await writeImportBatch(db, {
    rawText: read.raw,
    fileName: request.fileName,
    format: read.format,
    rows,
    now,
  });
  return { ...outcome, dropped: badLines.size };
}

export async function listImportBatches(db: ChisoDatabase): Promise<ImportBatchSummary[]> {
  const batches = await importBatches(db);
  const { observations } = await importedValues(db);
  return batches.map((b) => {
    const mine = observations.filter((o) => o.captureId === b.id);
    return {
      id: b.id,
      fileName: b.pageUrl,
      storedAt: b.storedAt,
      values: mine.length,
      periods: [...new Set(mine.map((o) => o.imported?.periodKey ?? ''))].filter(Boolean).sort(),
    };
  });
}
