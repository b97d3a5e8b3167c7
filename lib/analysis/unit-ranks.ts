import type { UnitKind } from '../model/observation';
import { factsOf, type UnitRanks } from './rank-facts';
import { rankAmong, rankUnits } from './ranks';

interface ScoredUnit {
  unitId: string;
  kind: UnitKind;
  score: number | null;
}

/**
 * Ranks of the root's children by the score a view shows, among their own kind and among all,
 * with ties: the same ranking (lib/analysis/ranks.ts) the long CSV's `rank_kind` and `rank` use.
 */
export function unitRanks(
  units: readonly ScoredUnit[],
  rootUnitId: string,
): Map<string, UnitRanks> {
  const children = units.filter((u) => u.unitId !== rootUnitId);
  const all = rankUnits(children);
  const byKind = new Map<UnitKind, ReturnType<typeof rankAmong>>();
  for (const kind of new Set(children.map((u) => u.kind))) {
    byKind.set(kind, rankAmong(children, [kind]));
  }
  const out = new Map<string, UnitRanks>();
  for (const u of children) {
    out.set(u.unitId, {
      kind: factsOf(byKind.get(u.kind) ?? new Map(), u.unitId, u.kind),
      all: factsOf(all, u.unitId, 'ALL'),
    });
  }
  return out;
}
