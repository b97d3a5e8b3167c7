import type { Params } from './observations';

/*
 * Building blocks of the hand-written fast path (#11). Each predicate is exactly the test the
 * matching zod building block of schemas-common.ts applies to a value read from JSON, so a row
 * the fast path accepts is one the schemas accept. Values come from JSON.parse: no undefined
 * values, no accessors, every object a plain one; an absent key therefore reads as undefined.
 * Anything else makes the fast path give up and the schemas decide (and word the errors).
 */

export type Raw = Record<string, unknown>;

/** zod's `isObject`: an object, not null, not an array. */
export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.number()`: a finite number (JSON can carry 1e999, which parses to Infinity). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `nullableNumber`: a required key holding null or a number. */
export function isNullableNumber(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isFinite(value));
}

/** `optionalNumber`: absent, null or a number. */
export function isOptionalNumber(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'number' && Number.isFinite(value))
  );
}

/** `optionalString`: absent, null or a string. */
export function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** `requiredId`: a non-empty string. */
export function isRequiredId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** `paginationSchema.optional()`: absent, or an object of four numbers. */
export function isOptionalPagination(value: unknown): boolean {
  if (value === undefined) return true;
  return (
    isRecord(value) &&
    isNumber(value.total) &&
    isNumber(value.currentPage) &&
    isNumber(value.pageSize) &&
    isNumber(value.totalPages)
  );
}

/** A chart list `z.array(element).nullable().optional()` whose elements pass `element`. */
export function isOptionalList(value: unknown, element: (item: unknown) => boolean): boolean {
  if (value === undefined || value === null) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (!element(value[i])) return false;
  }
  return true;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  );
}

/**
 * What one kind of row keeps as params: the schema's keys in the schema's order (a loose zod
 * object lists its own keys first, then the unknown ones in the input's order), and which of
 * them `collectParams` leaves out. The rows of an answer come in a few key lists (a metric with
 * or without its data-quality note), so the order worked out for each is kept and reused.
 */
export interface ParamPlan {
  /** The schema's keys that become params, in the schema's order. */
  readonly kept: readonly string[];
  /** Every key of the schema: these are never read again as unknown keys. */
  readonly shape: ReadonlySet<string>;
  /** Unknown keys that `collectParams` leaves out all the same. */
  readonly excluded: ReadonlySet<string>;
  /** Key lists seen lately, each with the keys its params are read from, in order. */
  readonly seen: { keys: readonly string[]; order: readonly string[] }[];
}

/** Distinct key lists remembered per kind of row; a new one beyond replaces the oldest. */
const SEEN_KEY_LISTS = 8;

export function paramPlan(shape: readonly string[], excluded: ReadonlySet<string>): ParamPlan {
  const kept = shape.filter((key) => !excluded.has(key));
  return { kept, shape: new Set(shape), excluded, seen: [] };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

/** The keys of a row with these keys that become params, in zod's order. zod never copies an unknown `__proto__`. */
function paramOrder(keys: readonly string[], plan: ParamPlan): string[] {
  const present = new Set(keys);
  const order = plan.kept.filter((key) => present.has(key));
  for (const key of keys) {
    if (!plan.shape.has(key) && !plan.excluded.has(key) && key !== '__proto__') order.push(key);
  }
  return order;
}

/**
 * The params `collectParams` builds from zod's copy of `row`, built from the row itself:
 * the schema's keys first, then unknown primitive fields in the input's order.
 */
export function paramsOf(row: Raw, plan: ParamPlan): Params {
  const keys = Object.keys(row);
  const seen = plan.seen;
  let order: readonly string[] | undefined;
  for (let i = 0; i < seen.length; i++) {
    const entry = seen[i] as (typeof seen)[number];
    if (sameKeys(keys, entry.keys)) {
      order = entry.order;
      break;
    }
  }
  if (order === undefined) {
    order = paramOrder(keys, plan);
    if (seen.length >= SEEN_KEY_LISTS) seen.shift();
    seen.push({ keys, order });
  }
  const params: Params = {};
  for (let i = 0; i < order.length; i++) {
    const key = order[i] as string;
    const value = row[key];
    if (isPrimitive(value)) params[key] = value;
  }
  return params;
}
