import type { CaptureContext, NormalizedCapture } from '../../model/observation';
import { checkPagination } from './checks';
import { type EndpointName, isMetricEndpoint, isTreeEndpoint } from './endpoints';
import {
  isOptionalPagination,
  isOptionalString,
  isRecord,
  isRequiredId,
  type Raw,
} from './fast-common';
import { fastMetric } from './fast-metric';
import { fastSummary } from './fast-summary';
import { fastTree } from './fast-tree';

/*
 * The hand-written fast path (#11): the zod schemas stay the contract and the only author of
 * refusals and warnings; this reads the answers the schemas would accept without building
 * zod's copy of them, which cost 6–58× a JSON.parse. It gives up (null) on anything it does
 * not accept, and the zod pipeline then runs from scratch. tests/unit/parse-fast-path.test.ts
 * holds it to the same output as the zod pipeline on every real fixture and on mutations.
 */

function isStringList(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') return false;
  }
  return true;
}

/** formalitiesDataSchema's items. */
function isFormality(item: unknown): item is Raw {
  return (
    isRecord(item) &&
    isRequiredId(item.id) &&
    isOptionalString(item.code) &&
    typeof item.name === 'string' &&
    isOptionalString(item.state) &&
    isOptionalString(item.departmentId) &&
    isStringList(item.publishingDepartmentIds) &&
    isStringList(item.appliedDepartmentIds)
  );
}

function fastFormalities(
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture | null {
  if (!isRecord(data)) return null;
  const { items, pagination } = data;
  if (!Array.isArray(items) || !isOptionalPagination(pagination)) return null;
  for (let i = 0; i < items.length; i++) {
    if (!isFormality(items[i])) return null;
  }
  const warnings = checkPagination(
    'formalities',
    pagination as Parameters<typeof checkPagination>[1],
    items.length,
    requestedPage,
    context,
  );
  return { context, units: [], observations: [], warnings };
}

function attempt(
  endpoint: EndpointName,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture | null {
  if (isMetricEndpoint(endpoint)) return fastMetric(endpoint, data, context, requestedPage);
  if (isTreeEndpoint(endpoint)) return fastTree(endpoint, data, context);
  if (endpoint === 'evaluation/service-results') return fastSummary(data, context);
  return fastFormalities(data, context, requestedPage);
}

/**
 * The normalized capture, or null when the zod pipeline must decide. A check that throws
 * (a page other than the one asked for, a summary of another unit) also means "decide there":
 * the schemas run first there, so the refusal they word is the one the user has always seen.
 */
export function fastNormalize(
  endpoint: EndpointName,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture | null {
  try {
    return attempt(endpoint, data, context, requestedPage);
  } catch {
    return null;
  }
}
