import { rankAmong } from '../analysis/ranks';
import type { UnitKind } from '../model/observation';
import { type PeriodIndex, totalOf, type UnitFacts } from './period-index';
import type { ReportRank } from './report-model';

export type NoRankReason = 'no-total' | 'no-siblings' | 'siblings-without-total';

/**
 * A unit's rank as its report states it: among units of the same kind under the same parent
 * (a province among provinces, an agency among agencies, a commune among communes), never
 * across kinds, because officials compare like with like (domain brief §11).
 */
export type SiblingRankResult =
  | { ok: true; rank: ReportRank }
  | { ok: false; reason: NoRankReason };

function siblingsUnder(index: PeriodIndex, parentId: string, kind: UnitKind): UnitFacts[] {
  return [...index.units.values()].filter((u) => u.parents.has(parentId) && u.kind === kind);
}

/** The parent whose snapshots list the most units of the unit's kind: the widest comparison stored. */
function bestParent(index: PeriodIndex, unit: UnitFacts): string | null {
  let best: string | null = null;
  let most = 0;
  for (const parentId of [...unit.parents].sort()) {
    const count = siblingsUnder(index, parentId, unit.kind).length;
    if (count > most) {
      best = parentId;
      most = count;
    }
  }
  return best;
}

export function siblingRank(index: PeriodIndex, unitId: string): SiblingRankResult {
  const unit = index.units.get(unitId);
  const own = totalOf(unit);
  if (!unit || own.score === null || own.source === null) return { ok: false, reason: 'no-total' };
  const parentId = bestParent(index, unit);
  if (!parentId) return { ok: false, reason: 'no-siblings' };
  const siblings = siblingsUnder(index, parentId, unit.kind);
  if (siblings.length < 2) return { ok: false, reason: 'no-siblings' };
  const rows = siblings.map((s) => ({ unitId: s.unitId, kind: s.kind, score: totalOf(s).score }));
  const ranked = rankAmong(rows, [unit.kind]).get(unitId);
  if (!ranked || ranked.rank === null) return { ok: false, reason: 'no-total' };
  // Ranking a unit "1/1" because no sibling has a total would read as first place.
  if (ranked.of < 2) return { ok: false, reason: 'siblings-without-total' };
  return {
    ok: true,
    rank: {
      rank: ranked.rank,
      of: ranked.of,
      kind: unit.kind,
      parentId,
      parentName: index.units.get(parentId)?.name ?? null,
      source: own.source,
    },
  };
}
