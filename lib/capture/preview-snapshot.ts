import type { SnapshotData } from '../analysis/analyze-snapshot';
import type { CaptureRecord, ObservationRecord } from '../db/database';
import type { ParseResult } from '../portal';
import { observationRecords, parsedFields } from './apply-parse';

/**
 * What a new capture will be once written: the same header and rows the write stores, with
 * stand-in ids (negative, never a stored row's). The badges are worked out from it while the
 * write commits (#11). Null for a capture that will not become a snapshot.
 */
export function previewSnapshot(
  header: Omit<CaptureRecord, 'id'>,
  parse: ParseResult,
  parserVersion: number,
): SnapshotData | null {
  if (!parse.ok) return null;
  const capture = { ...header, ...parsedFields(parse, parserVersion), id: -1 } as CaptureRecord;
  if (!capture.snapshotKey) return null;
  const observations = observationRecords(capture.id, parse.value).map(
    (row, i) => ({ ...row, id: -(i + 1) }) as ObservationRecord,
  );
  return { capture, observations };
}
