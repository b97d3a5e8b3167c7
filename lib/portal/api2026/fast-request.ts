import { isRecord } from './fast-common';

/*
 * requestBodySchema read by hand for the bodies the page sends (#11): on a small answer the
 * zod copy of the request cost more than parsing the answer. Only what the schema surely
 * accepts is read here; anything else (a number that is not a safe integer, a field of
 * another type) returns null and the schema decides, with its own wording.
 */

const TEXT_FIELDS = [
  'rootDepartmentId',
  'departmentType',
  'timeType',
  'fromDate',
  'toDate',
  'formalityId',
  'formalityID',
  'q',
] as const;

const NUMBER_FIELDS = ['year', 'month', 'quarter', 'currentPage', 'pageSize'] as const;

const DIGITS = /^\d{1,6}$/;

/** `wholeNumber.nullable().optional()`; NaN when the schema must decide. */
function wholeNumber(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : Number.NaN;
  if (typeof value === 'string' && DIGITS.test(value)) return Number(value);
  return Number.NaN;
}

/** The body as requestBodySchema reads it, or null when only the schema can say. */
export function fastRequestBody(json: unknown): Record<string, unknown> | null {
  if (!isRecord(json)) return null;
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = json[field];
    if (value !== undefined && value !== null && typeof value !== 'string') return null;
    if (value !== undefined) body[field] = value;
  }
  for (const field of NUMBER_FIELDS) {
    const value = wholeNumber(json[field]);
    if (Number.isNaN(value)) return null;
    if (value !== undefined) body[field] = value;
  }
  return body;
}
