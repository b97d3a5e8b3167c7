import type { z } from 'zod';
import type { CaptureContext, NormalizedCapture } from '../../model/observation';
import {
  checkPagination,
  checkRootId,
  checkSummaryRoot,
  checkUniqueIds,
  checkUniqueMetricCodes,
} from './checks';
import {
  type EndpointName,
  endpointShortName,
  isMetricEndpoint,
  isTreeEndpoint,
  type MetricEndpoint,
  type TreeEndpoint,
} from './endpoints';
import { CaptureFailure, describeSchemaError } from './failure';
import { fastNormalize } from './fast-path';
import { normalizeMetric } from './normalize-metric';
import { normalizeSummary } from './normalize-summary';
import { normalizeTree } from './normalize-tree';
import { formalitiesDataSchema } from './schemas-formalities';
import { metricDataSchema, metricSecondarySchema } from './schemas-metric';
import { serviceResultsDataSchema, summarySecondarySchema } from './schemas-summary';
import { TREE_DATA_SCHEMAS, treeSecondarySchema } from './schemas-tree';

/** One endpoint's way from the envelope's `data` to a NormalizedCapture. */

function parseData<T extends z.ZodType>(
  schema: T,
  data: unknown,
  context: CaptureContext,
): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const name = endpointShortName(context.endpoint);
  throw new CaptureFailure(
    'schema',
    describeSchemaError(name, 'data', parsed.error, data),
    context,
  );
}

/** Chart parts: drift is reported, never a refusal (see the *SecondarySchema comments). */
function secondaryWarnings(schema: z.ZodType, data: unknown, context: CaptureContext): string[] {
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  const name = endpointShortName(context.endpoint);
  const detail = describeSchemaError(name, 'data', parsed.error, data);
  return [`${detail} — phần biểu đồ, chỉ lưu trong dữ liệu gốc (chart data, kept raw only)`];
}

function metricCapture(
  endpoint: MetricEndpoint,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture {
  const name = endpointShortName(endpoint);
  const parsed = parseData(metricDataSchema, data, context);
  const warnings = secondaryWarnings(metricSecondarySchema, data, context);
  checkRootId(name, 'data.overview', parsed.overview, context);
  checkUniqueIds(
    name,
    [
      { id: parsed.overview.departmentId, path: 'data.overview' },
      ...parsed.evaluation.map((row, i) => ({
        id: row.departmentId,
        path: `data.evaluation[${i}]`,
      })),
    ],
    context,
  );
  checkUniqueMetricCodes(name, 'data.overview', parsed.overview.metrics, context);
  parsed.evaluation.forEach((row, i) => {
    checkUniqueMetricCodes(name, `data.evaluation[${i}]`, row.metrics, context);
  });
  warnings.push(
    ...checkPagination(name, parsed.pagination, parsed.evaluation.length, requestedPage, context),
  );
  return { context, ...normalizeMetric(endpoint, parsed), warnings };
}

function treeCapture(
  endpoint: TreeEndpoint,
  data: unknown,
  context: CaptureContext,
): NormalizedCapture {
  const name = endpointShortName(endpoint);
  const parsed = parseData(TREE_DATA_SCHEMAS[endpoint], data, context);
  const warnings = secondaryWarnings(treeSecondarySchema, data, context);
  checkRootId(name, 'data.parent', parsed.parent, context);
  checkUniqueIds(
    name,
    [
      { id: parsed.parent.departmentId, path: 'data.parent' },
      ...parsed.children.map((child, i) => ({
        id: child.departmentId,
        path: `data.children[${i}]`,
      })),
    ],
    context,
  );
  return { context, ...normalizeTree(endpoint, parsed), warnings };
}

function summaryCapture(data: unknown, context: CaptureContext): NormalizedCapture {
  const parsed = parseData(serviceResultsDataSchema, data, context);
  const warnings = secondaryWarnings(summarySecondarySchema, data, context);
  checkSummaryRoot(parsed.overview, context);
  const rootUnitId = context.rootUnitId;
  if (rootUnitId === null) throw new Error('service-results: thiếu đơn vị gốc');
  checkUniqueIds(
    'service-results',
    [
      { id: rootUnitId, path: 'data.overview' },
      ...parsed.evaluation.map((row, i) => ({
        id: row.departmentId,
        path: `data.evaluation[${i}]`,
      })),
    ],
    context,
  );
  const normalized = normalizeSummary(parsed, rootUnitId);
  return {
    context,
    units: normalized.units,
    observations: normalized.observations,
    warnings: [...warnings, ...normalized.warnings],
  };
}

function formalitiesCapture(
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture {
  const parsed = parseData(formalitiesDataSchema, data, context);
  const warnings = checkPagination(
    'formalities',
    parsed.pagination,
    parsed.items.length,
    requestedPage,
    context,
  );
  return { context, units: [], observations: [], warnings };
}

/** The zod pipeline alone: the contract, and the author of every refusal and warning. */
export function normalizeWithSchemas(
  endpoint: EndpointName,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture {
  if (isMetricEndpoint(endpoint)) return metricCapture(endpoint, data, context, requestedPage);
  if (isTreeEndpoint(endpoint)) return treeCapture(endpoint, data, context);
  if (endpoint === 'evaluation/service-results') return summaryCapture(data, context);
  return formalitiesCapture(data, context, requestedPage);
}

/** The fast path when it is sure of the answer, the zod pipeline otherwise (#11). */
export function normalizeEndpoint(
  endpoint: EndpointName,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture {
  return (
    fastNormalize(endpoint, data, context, requestedPage) ??
    normalizeWithSchemas(endpoint, data, context, requestedPage)
  );
}
