import {
  type AnalysisSettings,
  type AnalyzedObservation,
  analyzeSnapshot,
  familiesOf,
  familyKey,
  type SnapshotData,
} from './analyze-snapshot';

/** Analyses every snapshot against its own family; keyed by observation id. */
export function analyzeAll(
  snapshots: readonly SnapshotData[],
  settings: AnalysisSettings,
): Map<number, AnalyzedObservation> {
  const families = familiesOf(snapshots);
  const out = new Map<number, AnalyzedObservation>();
  for (const snapshot of snapshots) {
    const family = families.get(familyKey(snapshot.capture)) ?? [snapshot];
    for (const [id, analysis] of analyzeSnapshot(snapshot, family, settings)) out.set(id, analysis);
  }
  return out;
}
