import type { Observation } from '../../model/observation';
import { derivedObservations } from './derived';
import { endpointShortName, groupOfEndpoint, type TreeEndpoint } from './endpoints';
import {
  rootUnit,
  storedElsewhere,
  type UnitsAndObservations,
  withChildren,
} from './normalize-rows';
import { collectParams, groupTotalRow } from './observations';
import type { TreeData, TreeNode } from './schemas-tree';
import { kindOfTreeChild } from './units';

export const NODE_STORED_ELSEWHERE = storedElsewhere('score', 'maxScore');

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
export function normalizeTree(endpoint: TreeEndpoint, data: TreeData): UnitsAndObservations {
  const name = endpointShortName(endpoint);
  const { parent } = data;
  // The parent carries no level; every real tree is rooted at a province.
  const root = rootUnit(parent.departmentId, parent, 'PROVINCE');
  return withChildren(
    root,
    nodeObservations(endpoint, root.id, parent),
    data.children,
    (child, i) => {
      const level = typeof child.level === 'string' ? child.level : '';
      return kindOfTreeChild(level, name, `data.children[${i}]`);
    },
    (child) => nodeObservations(endpoint, child.departmentId, child),
  );
}
