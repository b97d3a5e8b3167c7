import type { CaptureRecord, ChisoDatabase, ObservationRecord } from '../db/database';
import { importedValues } from '../db/imports';
import {
  capturedPlaces,
  isCaptured,
  mergeImports,
  type StoredSnapshot,
} from '../import/merge-imports';

/**
 * Imported values in the streamed long CSV, placed as `mergeImports` places them for every
 * other view, without holding every captured row at once: which snapshot each imported value
 * completes (or forms) is known from the headers; whether a capture already holds it is
 * checked when that snapshot's own rows are read. A place (root, period, scope, unit, group,
 * criterion) belongs to one snapshot key, so checking against that snapshot alone is the same
 * as checking against all of them.
 */
export interface ImportPlan {
  /** Imported values that may complete a captured snapshot, by its key. */
  extras: Map<string, ObservationRecord[]>;
  /** Snapshots made of imported values only. */
  own: StoredSnapshot[];
}

export async function planImports(
  db: ChisoDatabase,
  heads: readonly CaptureRecord[],
): Promise<ImportPlan | null> {
  const { batches, observations } = await importedValues(db);
  if (observations.length === 0) return null;
  const merged = mergeImports(
    heads.map((capture) => ({ capture, observations: [] })),
    batches,
    observations,
  );
  const plan: ImportPlan = { extras: new Map(), own: [] };
  for (const snapshot of merged) {
    if (snapshot.capture.source === 'import') plan.own.push(snapshot);
    else if (snapshot.capture.snapshotKey && snapshot.observations.length > 0) {
      plan.extras.set(snapshot.capture.snapshotKey, snapshot.observations);
    }
  }
  return plan;
}

/** A captured snapshot's own rows, then the imported values no capture holds. */
export function withImported(
  capture: CaptureRecord,
  own: ObservationRecord[],
  plan: ImportPlan | null,
): ObservationRecord[] {
  const extras = capture.snapshotKey ? plan?.extras.get(capture.snapshotKey) : undefined;
  if (!extras) return own;
  const places = capturedPlaces([{ capture, observations: own }]);
  return [...own, ...extras.filter((o) => !isCaptured(places, o))];
}
