import type { GroupCode } from '../../model/groups';
import type { CaptureContext, NormalizedCapture, Observation, Unit } from '../../model/observation';
import { DERIVED_CRITERIA, type DerivedCriterion, derivedObservation } from './derived';
import { groupOfEndpoint, type TreeEndpoint } from './endpoints';
import {
  isNullableNumber,
  isOptionalList,
  isOptionalNumber,
  isOptionalString,
  isRecord,
  isRequiredId,
  type ParamPlan,
  paramPlan,
  paramsOf,
  type Raw,
} from './fast-common';
import { NODE_STORED_ELSEWHERE } from './normalize-tree';
import { groupTotalRow } from './observations';
import { TREE_COUNT_FIELDS, TREE_DATA_SCHEMAS } from './schemas-tree';
import { kindOfLevel, makeUnit, rootParentId } from './units';

/*
 * Fast path of the tree endpoints (#11): treeDataSchema, requireScorePair, treeSecondarySchema,
 * the checks of pipelines.ts and normalizeTree in one pass over the parsed answer. Null means
 * "not sure": the zod pipeline then decides, and words any refusal or warning.
 */

/** The keys of nodeSchema, in its order: the order zod copies them in. */
function nodeShape(endpoint: TreeEndpoint, child: boolean): string[] {
  const data = TREE_DATA_SCHEMAS[endpoint].shape;
  return Object.keys(child ? data.children.element.shape : data.parent.shape);
}

interface TreePlan {
  counts: readonly string[];
  /** DERIVED_CRITERIA of this endpoint, in their order. */
  derived: readonly DerivedCriterion[];
  parent: ParamPlan;
  child: ParamPlan;
}

const PLANS = new Map<TreeEndpoint, TreePlan>();

function planOf(endpoint: TreeEndpoint): TreePlan {
  let plan = PLANS.get(endpoint);
  if (!plan) {
    plan = {
      counts: TREE_COUNT_FIELDS[endpoint],
      derived: DERIVED_CRITERIA.filter((criterion) => criterion.endpoint === endpoint),
      parent: paramPlan(nodeShape(endpoint, false), NODE_STORED_ELSEWHERE),
      child: paramPlan(nodeShape(endpoint, true), NODE_STORED_ELSEWHERE),
    };
    PLANS.set(endpoint, plan);
  }
  return plan;
}

/** nodeSchema(endpoint, child) with its score-pair refinement. */
function isNode(node: unknown, counts: readonly string[], child: boolean): node is Raw {
  if (!isRecord(node)) return false;
  if (
    !isRequiredId(node.departmentId) ||
    typeof node.departmentName !== 'string' ||
    !isOptionalString(node.departmentCode) ||
    !isNullableNumber(node.ratio) ||
    !isOptionalNumber(node.scoreDelta) ||
    (child && typeof node.level !== 'string') ||
    !isOptionalNumber(node.score) ||
    !isOptionalNumber(node.maxScore) ||
    !isOptionalNumber(node.totalScore) ||
    !isOptionalNumber(node.totalMaxScore)
  ) {
    return false;
  }
  if (node.score === undefined && node.totalScore === undefined) return false;
  if (node.maxScore === undefined && node.totalMaxScore === undefined) return false;
  for (let i = 0; i < counts.length; i++) {
    if (!isOptionalNumber(node[counts[i] as string])) return false;
  }
  return true;
}

function isChartPoint(point: unknown): boolean {
  return (
    isRecord(point) &&
    isOptionalString(point.month) &&
    isOptionalString(point.label) &&
    isOptionalNumber(point.onTimePct) &&
    isOptionalNumber(point.overduePct) &&
    isOptionalNumber(point.onlineDossierPct)
  );
}

function pushNode(
  out: Observation[],
  derived: readonly DerivedCriterion[],
  group: GroupCode,
  unitId: string,
  node: Raw,
  plan: ParamPlan,
): void {
  const score = node.totalScore !== undefined ? node.totalScore : node.score;
  const maxScore = node.totalMaxScore !== undefined ? node.totalMaxScore : node.maxScore;
  out.push(
    groupTotalRow(
      unitId,
      group,
      score as number | null | undefined,
      maxScore as number | null | undefined,
      node.ratio as number | null,
      paramsOf(node, plan),
    ),
  );
  // derivedObservations, without looking at the other endpoints' criteria.
  for (let i = 0; i < derived.length; i++) {
    const row = derivedObservation(derived[i] as DerivedCriterion, unitId, node);
    if (row) out.push(row);
  }
}

export function fastTree(
  endpoint: TreeEndpoint,
  data: unknown,
  context: CaptureContext,
): NormalizedCapture | null {
  if (!isRecord(data)) return null;
  const { parent, children } = data;
  const plan = planOf(endpoint);
  if (!isNode(parent, plan.counts, false) || !Array.isArray(children)) return null;
  if (!isOptionalList(data.monthlyChart, isChartPoint)) return null;
  const rootId = parent.departmentId as string;
  if (rootId !== context.rootUnitId) return null;

  const group = groupOfEndpoint(endpoint);
  if (!group) return null;
  // The parent carries no level; every real tree is rooted at a province.
  const root = makeUnit(
    rootId,
    parent.departmentCode as string | null | undefined,
    parent.departmentName as string,
    'PROVINCE',
    rootParentId('PROVINCE'),
  );
  const units: Unit[] = [root];
  const observations: Observation[] = [];
  pushNode(observations, plan.derived, group, rootId, parent, plan.parent);
  const seen = new Set<string>([rootId]);
  for (let i = 0; i < children.length; i++) {
    const child: unknown = children[i];
    if (!isNode(child, plan.counts, true)) return null;
    const id = child.departmentId as string;
    if (seen.has(id)) return null;
    seen.add(id);
    const kind = kindOfLevel(child.level as string, false);
    if (!kind) return null;
    units.push(
      makeUnit(
        id,
        child.departmentCode as string | null | undefined,
        child.departmentName as string,
        kind,
        rootId,
      ),
    );
    pushNode(observations, plan.derived, group, id, child, plan.child);
  }
  return { context, units, observations, warnings: [] };
}
