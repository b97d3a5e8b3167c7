import type { GroupCode } from '../../model/groups';
import type { CaptureContext, NormalizedCapture, Observation, Unit } from '../../model/observation';
import { checkPagination } from './checks';
import { endpointShortName, groupOfEndpoint, type MetricEndpoint } from './endpoints';
import {
  isNullableNumber,
  isOptionalList,
  isOptionalNumber,
  isOptionalPagination,
  isOptionalString,
  isRecord,
  isRequiredId,
  paramPlan,
  paramsOf,
  type Raw,
} from './fast-common';
import { METRIC_STORED_ELSEWHERE, ROW_STORED_ELSEWHERE } from './normalize-metric';
import { groupTotalRow } from './observations';
import { metricSchema, metricUnitSchema } from './schemas-metric';
import { makeUnit, metricRowKind, rootParentId } from './units';

/*
 * Fast path of transparency, handling-satisfaction and dossier-digitized (#11):
 * metricDataSchema, metricSecondarySchema, the checks of pipelines.ts and normalizeMetric in
 * one pass. Null means "not sure": the zod pipeline then decides and words any refusal.
 */

const ROW_PLAN = paramPlan(Object.keys(metricUnitSchema.shape), ROW_STORED_ELSEWHERE);
const METRIC_PLAN = paramPlan(Object.keys(metricSchema.shape), METRIC_STORED_ELSEWHERE);

function isMetric(metric: unknown): metric is Raw {
  return (
    isRecord(metric) &&
    isRequiredId(metric.code) &&
    isOptionalString(metric.name) &&
    isOptionalNumber(metric.numerator) &&
    isOptionalNumber(metric.denominator) &&
    isNullableNumber(metric.ratio) &&
    isNullableNumber(metric.score) &&
    isNullableNumber(metric.maxScore) &&
    isOptionalString(metric.dataQualityStatus) &&
    isOptionalString(metric.dataQualityMessage)
  );
}

/** metricUnitSchema, metrics included, and no metric code twice (checkUniqueMetricCodes). */
function isMetricRow(row: unknown): row is Raw {
  if (
    !isRecord(row) ||
    !isOptionalNumber(row.stt) ||
    !isRequiredId(row.departmentId) ||
    typeof row.departmentName !== 'string' ||
    !isOptionalString(row.departmentCode) ||
    !isOptionalString(row.departmentType) ||
    !isOptionalString(row.departmentLevel) ||
    !isOptionalString(row.agencyLevel) ||
    !isNullableNumber(row.totalScore) ||
    !isNullableNumber(row.totalMaxScore) ||
    !isNullableNumber(row.ratio) ||
    !isOptionalNumber(row.scoreDelta) ||
    !isOptionalNumber(row.averageScore) ||
    !isOptionalNumber(row.totalPetitions) ||
    !isOptionalNumber(row.classifiedPetitions) ||
    !isOptionalNumber(row.totalDossiers)
  ) {
    return false;
  }
  const metrics = row.metrics;
  if (!Array.isArray(metrics)) return false;
  for (let i = 0; i < metrics.length; i++) {
    const metric: unknown = metrics[i];
    if (!isMetric(metric)) return false;
    for (let j = 0; j < i; j++) {
      if ((metrics[j] as Raw).code === metric.code) return false;
    }
  }
  return true;
}

function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

function pushRow(out: Observation[], unitId: string, group: GroupCode, row: Raw): void {
  out.push(
    groupTotalRow(
      unitId,
      group,
      row.totalScore as number | null,
      row.totalMaxScore as number | null,
      row.ratio as number | null,
      paramsOf(row, ROW_PLAN),
    ),
  );
  const metrics = row.metrics as Raw[];
  for (let i = 0; i < metrics.length; i++) {
    const metric = metrics[i] as Raw;
    const status = metric.dataQualityStatus as string | null | undefined;
    out.push({
      unitId,
      group,
      criterion: metric.code as string,
      derived: false,
      score: metric.score as number | null,
      maxScore: metric.maxScore as number | null,
      numerator: orNull(metric.numerator as number | null | undefined),
      denominator: orNull(metric.denominator as number | null | undefined),
      ratio: metric.ratio as number | null,
      flags: status ? [status] : [],
      flagMessage: orNull(metric.dataQualityMessage as string | null | undefined),
      params: paramsOf(metric, METRIC_PLAN),
    });
  }
}

export function fastMetric(
  endpoint: MetricEndpoint,
  data: unknown,
  context: CaptureContext,
  requestedPage: number,
): NormalizedCapture | null {
  if (!isRecord(data)) return null;
  const { overview, evaluation, pagination } = data;
  if (!isMetricRow(overview) || !Array.isArray(evaluation)) return null;
  if (!isOptionalPagination(pagination)) return null;
  if (!isOptionalList(data.monthlyChart, () => true) || !isOptionalString(data.source)) {
    return null;
  }
  const rootId = overview.departmentId as string;
  const group = groupOfEndpoint(endpoint);
  if (rootId !== context.rootUnitId || !group) return null;

  const rootKind = metricRowKind(overview, true);
  if (!rootKind) return null;
  const root = makeUnit(
    rootId,
    overview.departmentCode as string | null | undefined,
    overview.departmentName as string,
    rootKind,
    rootParentId(rootKind),
  );
  const units: Unit[] = [root];
  const observations: Observation[] = [];
  pushRow(observations, rootId, group, overview);
  const seen = new Set<string>([rootId]);
  for (let i = 0; i < evaluation.length; i++) {
    const row: unknown = evaluation[i];
    if (!isMetricRow(row)) return null;
    const id = row.departmentId as string;
    if (seen.has(id)) return null;
    seen.add(id);
    const kind = metricRowKind(row, false);
    if (!kind) return null;
    units.push(
      makeUnit(
        id,
        row.departmentCode as string | null | undefined,
        row.departmentName as string,
        kind,
        rootId,
      ),
    );
    pushRow(observations, id, group, row);
  }
  // Throws for a page other than the one asked for: the caller then lets the schemas speak.
  const warnings = checkPagination(
    endpointShortName(endpoint),
    pagination as Parameters<typeof checkPagination>[1],
    evaluation.length,
    requestedPage,
    context,
  );
  return { context, units, observations, warnings };
}
