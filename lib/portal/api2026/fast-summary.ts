import { GROUP_CODES } from '../../model/groups';
import {
  type CaptureContext,
  NATION_UNIT_ID,
  type NormalizedCapture,
  type Observation,
  type Unit,
} from '../../model/observation';
import { checkSummaryRoot } from './checks';
import { groupMaxScore } from './endpoints';
import {
  isNullableNumber,
  isOptionalList,
  isOptionalNumber,
  isOptionalString,
  isRecord,
  isRequiredId,
  paramPlan,
  paramsOf,
  type Raw,
} from './fast-common';
import { ROW_STORED_ELSEWHERE, TOTAL_MAX_SCORE, unknownGroupWarning } from './normalize-summary';
import { groupTotalRow } from './observations';
import { summaryOverviewSchema, summaryRowSchema } from './schemas-summary';
import { childGroupKind, makeUnit, rootParentId } from './units';

/*
 * Fast path of service-results (#11): serviceResultsDataSchema, summarySecondarySchema, the
 * checks of pipelines.ts and normalizeSummary in one pass. Null means "not sure": the zod
 * pipeline then decides and words any refusal or warning.
 */

const OVERVIEW_PLAN = paramPlan(Object.keys(summaryOverviewSchema.shape), ROW_STORED_ELSEWHERE);
const ROW_PLAN = paramPlan(Object.keys(summaryRowSchema.shape), ROW_STORED_ELSEWHERE);
const GROUP_KEYS: ReadonlySet<string> = new Set(GROUP_CODES);
/** groupMaxScore of each of GROUP_CODES, looked up once rather than once per row. */
const GROUP_MAX: readonly number[] = GROUP_CODES.map(groupMaxScore);

function isOverview(overview: unknown): overview is Raw {
  return (
    isRecord(overview) &&
    isOptionalString(overview.departmentId) &&
    typeof overview.departmentName === 'string' &&
    isOptionalString(overview.departmentCode) &&
    isNullableNumber(overview.totalScore) &&
    isOptionalNumber(overview.totalMaxScore) &&
    isNullableNumber(overview.ratio)
  );
}

function isGroupScores(scores: unknown): boolean {
  if (scores === undefined || scores === null) return true;
  if (!isRecord(scores)) return false;
  for (let i = 0; i < GROUP_CODES.length; i++) {
    if (!isOptionalNumber(scores[GROUP_CODES[i] as string])) return false;
  }
  return true;
}

function isSummaryRow(row: unknown): row is Raw {
  return (
    isRecord(row) &&
    isRequiredId(row.departmentId) &&
    typeof row.departmentName === 'string' &&
    isOptionalString(row.departmentCode) &&
    isNullableNumber(row.totalScore) &&
    isOptionalNumber(row.totalMaxScore) &&
    isNullableNumber(row.ratio) &&
    isOptionalNumber(row.scoreDelta) &&
    isOptionalString(row.childGroup) &&
    isGroupScores(row.groupScores)
  );
}

function isRadarPoint(point: unknown): boolean {
  return (
    isRecord(point) &&
    isOptionalString(point.code) &&
    isOptionalString(point.name) &&
    isOptionalNumber(point.score) &&
    isOptionalNumber(point.maxScore) &&
    isOptionalNumber(point.ratio)
  );
}

function isDonutSlice(slice: unknown): boolean {
  return (
    isRecord(slice) &&
    isOptionalString(slice.code) &&
    isOptionalString(slice.name) &&
    isOptionalNumber(slice.value) &&
    isOptionalNumber(slice.percent)
  );
}

function isMonthPoint(point: unknown): boolean {
  return isRecord(point) && isOptionalString(point.month) && isOptionalNumber(point.averageScore);
}

function isDossierPoint(point: unknown): boolean {
  return (
    isRecord(point) &&
    isOptionalString(point.month) &&
    isOptionalNumber(point.onTimePct) &&
    isOptionalNumber(point.overduePct)
  );
}

/** summarySecondarySchema: when it fails the schemas word the warning, so give up. */
function chartsValid(data: Raw): boolean {
  const donuts = data.donuts;
  if (donuts !== undefined && donuts !== null) {
    if (!isRecord(donuts)) return false;
    if (!isOptionalList(donuts.onlineDossier, isDonutSlice)) return false;
    if (!isOptionalList(donuts.onlineProvision, isDonutSlice)) return false;
  }
  return (
    isOptionalList(data.radar, isRadarPoint) &&
    isOptionalList(data.monthlyChart, isMonthPoint) &&
    isOptionalList(data.dossierChart, isDossierPoint)
  );
}

function maxOfTotal(row: Raw): number | null {
  const max = row.totalMaxScore as number | null | undefined;
  return max === undefined ? TOTAL_MAX_SCORE : max;
}

function pushRow(out: Observation[], unitId: string, row: Raw, unknownGroups: Set<string>): void {
  out.push(
    groupTotalRow(
      unitId,
      'TOTAL',
      row.totalScore as number | null,
      maxOfTotal(row),
      row.ratio as number | null,
      paramsOf(row, ROW_PLAN),
    ),
  );
  const scores = row.groupScores;
  if (!isRecord(scores)) return;
  // zod copies the six known keys first, in GROUP_CODES order, then the unknown ones.
  for (let i = 0; i < GROUP_CODES.length; i++) {
    const code = GROUP_CODES[i] as (typeof GROUP_CODES)[number];
    const score = scores[code];
    if (score === undefined) continue;
    const max = GROUP_MAX[i] as number;
    out.push(groupTotalRow(unitId, code, score as number | null, max, null, {}));
  }
  for (const key in scores) {
    if (!GROUP_KEYS.has(key) && key !== '__proto__') unknownGroups.add(key);
  }
}

export function fastSummary(data: unknown, context: CaptureContext): NormalizedCapture | null {
  if (!isRecord(data)) return null;
  const { overview, evaluation } = data;
  if (!isOverview(overview) || !Array.isArray(evaluation)) return null;
  if (!isOptionalNumber(data.growthPercent) || !chartsValid(data)) return null;
  const rootUnitId = context.rootUnitId;
  if (rootUnitId === null) return null;
  // Throws on a mismatch: the caller then lets the zod pipeline refuse it in its words.
  checkSummaryRoot(overview as { departmentName: string; departmentCode?: string | null }, context);

  const national = rootUnitId === NATION_UNIT_ID;
  const rootKind = national ? 'NATION' : 'PROVINCE';
  const root = makeUnit(
    rootUnitId,
    overview.departmentCode as string | null | undefined,
    overview.departmentName as string,
    rootKind,
    rootParentId(rootKind),
  );
  const rootParams = paramsOf(overview, OVERVIEW_PLAN);
  if (data.growthPercent !== undefined) rootParams.growthPercent = data.growthPercent as number;
  const units: Unit[] = [root];
  const observations: Observation[] = [
    groupTotalRow(
      rootUnitId,
      'TOTAL',
      overview.totalScore as number | null,
      maxOfTotal(overview),
      overview.ratio as number | null,
      rootParams,
    ),
  ];
  const unknownGroups = new Set<string>();
  const seen = new Set<string>([rootUnitId]);
  for (let i = 0; i < evaluation.length; i++) {
    const row: unknown = evaluation[i];
    if (!isSummaryRow(row)) return null;
    const id = row.departmentId as string;
    if (seen.has(id)) return null;
    seen.add(id);
    const kind = national ? 'PROVINCE' : childGroupKind(row.childGroup as string | null);
    if (!kind) return null;
    units.push(
      makeUnit(
        id,
        row.departmentCode as string | null | undefined,
        row.departmentName as string,
        kind,
        rootUnitId,
      ),
    );
    pushRow(observations, id, row, unknownGroups);
  }
  const warnings = [...unknownGroups].map(unknownGroupWarning);
  return { context, units, observations, warnings };
}
