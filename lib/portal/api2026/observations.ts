import type { GroupOrTotal, Observation } from '../../model/observation';

export type ParamValue = number | string | boolean | null;
export type Params = Record<string, ParamValue>;

/**
 * Every primitive field of a row except the ones stored elsewhere (identity, scores,
 * nested objects). Unknown primitive fields are kept too: they are how a new portal
 * parameter becomes visible without a parser change.
 */
export function collectParams(row: Record<string, unknown>, exclude: ReadonlySet<string>): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(row)) {
    if (exclude.has(key)) continue;
    if (
      value === null ||
      typeof value === 'number' ||
      typeof value === 'string' ||
      typeof value === 'boolean'
    ) {
      params[key] = value;
    }
  }
  return params;
}

/** `undefined` (field absent) reads as null: the portal gave no value, which is not 0. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** A unit's result for a whole group (or TOTAL): criterion null, no counts. */
export function groupTotalRow(
  unitId: string,
  group: GroupOrTotal,
  score: number | null | undefined,
  maxScore: number | null | undefined,
  ratio: number | null | undefined,
  params: Params,
): Observation {
  return {
    unitId,
    group,
    criterion: null,
    derived: false,
    score: orNull(score),
    maxScore: orNull(maxScore),
    numerator: null,
    denominator: null,
    ratio: orNull(ratio),
    flags: [],
    flagMessage: null,
    params,
  };
}
