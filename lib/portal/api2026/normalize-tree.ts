import type { Observation, Unit } from '../../model/observation';
import { derivedObservations } from './derived';
import { endpointShortName, groupOfEndpoint, type TreeEndpoint } from './endpoints';
import { collectParams, groupTotalRow } from './observations';
import type { TreeData, TreeNode } from './schemas-tree';
import { kindOfTreeChild, makeUnit, rootParentId } from './units';

const NODE_STORED_ELSEWHERE: ReadonlySet<string> = new Set([
  'departmentId',
  'departmentName',
  'departmentCode',
  'score',
  'maxScore',
  'totalScore',
  'totalMaxScore',
  'ratio',
]);

/**
 * Progress children say `score`/`maxScore`, every other node `totalScore`/`totalMaxScore`;
 * the schema guarantees one of each pair is present.
 */
function scoreOf(node: TreeNode): number | null | undefined {
  return 'totalScore' in node ? node.totalScore : node.score;
}

function maxScoreOf(node: TreeNode): number | null | undefined {
  return 'totalMaxScore' in node ? node.totalMaxScore : node.maxScore;
}

function nodeObservations(endpoint: TreeEndpoint, unitId: string, node: TreeNode): Observation[] {
  const group = groupOfEndpoint(endpoint);
  if (!group) throw new Error(`${endpointShortName(endpoint)}: không có nhóm chỉ số`);
  const total = groupTotalRow(
    unitId,
    group,
    scoreOf(node),
    maxScoreOf(node),
    node.ratio,
    collectParams(node, NODE_STORED_ELSEWHERE),
  );
  return [total, ...derivedObservations(endpoint, unitId, node)];
}

/** dvc-progress-tree, provide-online-tree, formality-online-payment-tree → units, observations. */
export function normalizeTree(
  endpoint: TreeEndpoint,
  data: TreeData,
): { units: Unit[]; observations: Observation[] } {
  const name = endpointShortName(endpoint);
  const { parent } = data;
  // The parent carries no level; every real tree is rooted at a province.
  const root = makeUnit(
    parent.departmentId,
    parent.departmentCode,
    parent.departmentName,
    'PROVINCE',
    rootParentId('PROVINCE'),
  );
  const units: Unit[] = [root];
  const observations = nodeObservations(endpoint, root.id, parent);

  data.children.forEach((child, i) => {
    const level = typeof child.level === 'string' ? child.level : '';
    const kind = kindOfTreeChild(level, name, `data.children[${i}]`);
    units.push(
      makeUnit(child.departmentId, child.departmentCode, child.departmentName, kind, root.id),
    );
    observations.push(...nodeObservations(endpoint, child.departmentId, child));
  });
  return { units, observations };
}
