import type { CaptureRecord, ChisoDatabase, ObservationRecord } from '../db/database';
import type { ParseResult } from '../portal';
import { mergeUnits, observationRecords, parsedFields } from './apply-parse';

/**
 * Writes one capture seen for the first time: its header with what the parse made of it, the
 * raw payload, its observations and the units it names. Each row is written once (#11: the
 * capture's transaction costs little more than a raw bulk write of the same rows). Call
 * inside a rw transaction over captures, payloads, observations and units.
 */
export async function writeNewCapture(
  db: ChisoDatabase,
  header: Omit<CaptureRecord, 'id'>,
  parse: ParseResult,
  parserVersion: number,
  responseText: string,
): Promise<CaptureRecord> {
  const fields = parsedFields(parse, parserVersion);
  const record = { ...header, ...fields } as CaptureRecord;
  if (record.snapshotKey === undefined) delete record.snapshotKey;
  const id = await db.captures.add(record);
  const stored: CaptureRecord = { ...record, id };
  await db.payloads.add({ captureId: id, responseText });
  if (!parse.ok) return stored;
  await db.observations.bulkAdd(observationRecords(id, parse.value) as ObservationRecord[]);
  await mergeUnits(db, parse.value, stored.observedAt);
  return stored;
}
