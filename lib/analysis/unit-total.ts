import { round2 } from '../format/round';
import { GROUP_CODES, type GroupCode } from '../model/groups';

/** `portal`: the summary's TOTAL; `sum-of-groups`: the six group scores added up by us. */
export type TotalSource = 'portal' | 'sum-of-groups';

/** A stored score and whether its period had ended when it was captured. */
export interface StoredScore {
  score: number | null;
  closed: boolean;
}

export interface UnitTotal {
  score: number | null;
  source: TotalSource | null;
  /** Groups without a score, when the total had to be summed and could not be. */
  missingGroups: GroupCode[];
  /** Every score the total rests on was captured after the period ended. */
  closed: boolean;
}

/**
 * A unit's total out of 100: the portal's TOTAL where a summary holds one, otherwise the sum of
 * the six group scores when all six have a value. Otherwise nothing: a missing group is unknown,
 * not 0, and a partial sum would read as a very low total.
 */
export function unitTotal(
  portal: StoredScore | null | undefined,
  groupScore: (group: GroupCode) => StoredScore | null | undefined,
): UnitTotal {
  if (portal && portal.score !== null) {
    return {
      score: round2(portal.score),
      source: 'portal',
      missingGroups: [],
      closed: portal.closed,
    };
  }
  const parts = GROUP_CODES.map((group) => ({ group, stored: groupScore(group) }));
  const missingGroups = parts.filter((p) => (p.stored?.score ?? null) === null).map((p) => p.group);
  if (missingGroups.length > 0) return { score: null, source: null, missingGroups, closed: false };
  let sum = 0;
  let closed = true;
  for (const { stored } of parts) {
    sum += stored?.score ?? 0;
    closed &&= stored?.closed === true;
  }
  return { score: round2(sum), source: 'sum-of-groups', missingGroups: [], closed };
}
