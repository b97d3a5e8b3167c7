import type { UnitKind } from '../model/observation';
import type { AnalyzedObservation, SnapshotData } from './analyze-snapshot';
import { factsOf, type UnitRanks } from './rank-facts';
import type { Rank } from './ranks';

/**
 * A unit's ranks on one total row (a group or TOTAL) of a snapshot, read from the analysis the
 * long CSV also writes (`rank`, `rank_kind`), with how many units share each place.
 */
export function ranksOnRow(
  snapshot: SnapshotData,
  analysis: ReadonlyMap<number, AnalyzedObservation>,
  group: string,
  unit: { id: string; kind: UnitKind },
): UnitRanks {
  const all = new Map<string, Rank>();
  const kind = new Map<string, Rank>();
  for (const o of snapshot.observations) {
    if (o.criterion !== null || o.group !== group) continue;
    const a = analysis.get(o.id);
    if (a?.rank) all.set(o.unitId, a.rank);
    if (a?.rankKind && o.unitKind === unit.kind) kind.set(o.unitId, a.rankKind);
  }
  return { kind: factsOf(kind, unit.id, unit.kind), all: factsOf(all, unit.id, 'ALL') };
}
