import { z } from 'zod';
import type { TreeEndpoint } from './endpoints';
import { nullableNumber, optionalNumber, optionalString, requiredId } from './schemas-common';

/**
 * Tree-type endpoints: `dvc-progress-tree`, `provide-online-tree`,
 * `formality-online-payment-tree` — a `parent` (the root) and its `children`.
 * Backed by the real captures (Phú Thọ, 08/2026, 163 children each):
 * tests/fixtures/portal-2026/phu-tho-2026-08/dvc-progress-tree.json,
 * tests/fixtures/portal-2026/phu-tho-2026-08/provide-online-tree.json,
 * tests/fixtures/portal-2026/phu-tho-2026-08/formality-online-payment-tree.json.
 */
export const TREE_SCHEMA_FIXTURES = [
  'phu-tho-2026-08/dvc-progress-tree.json',
  'phu-tho-2026-08/provide-online-tree.json',
  'phu-tho-2026-08/formality-online-payment-tree.json',
] as const;

/**
 * Counts each tree publishes. All optional: parent and children carry different subsets
 * (progress: totalCompleted on the parent, totalOverdue on children; online: counts on the
 * parent only). Typed so that a count turned into a string is refused, not divided.
 */
export const TREE_COUNT_FIELDS: Readonly<Record<TreeEndpoint, readonly string[]>> = {
  'evaluation/dvc-progress-tree': [
    'totalReceived',
    'totalOnTime',
    'totalCompleted',
    'totalOverdue',
    'avgProcessingDays',
  ],
  'evaluation/provide-online-tree': [
    'authorityCount',
    'partialCount',
    'fullCount',
    'onlineDossierCount',
    'onlineServiceTotal',
    'channelOnlineSum',
    'channelDirectSum',
    'channelPostalSum',
    'channelTotalSum',
    'onlineOnTimeSum',
    'onlineOverdueSum',
  ],
  'evaluation/formality-online-payment-tree': [
    'totalDossierOnlinePaymentSuccess',
    'totalDossierFinancialObligation',
    'totalDossierOnlineFormalityPaymentSuccess',
    'totalFeeDossierFormalityDistinct',
    'totalFeeDossierFormality',
    'totalFeeFormality',
  ],
};

function countShape(endpoint: TreeEndpoint): Record<string, typeof optionalNumber> {
  return Object.fromEntries(TREE_COUNT_FIELDS[endpoint].map((field) => [field, optionalNumber]));
}

const identity = {
  departmentId: requiredId,
  departmentName: z.string(),
  departmentCode: optionalString,
  ratio: nullableNumber,
  scoreDelta: optionalNumber,
};

/**
 * Progress children name their result `score`/`maxScore`, every other node
 * `totalScore`/`totalMaxScore`. Either spelling is accepted so that a harmonising portal
 * release does not stop captures, but one of each pair must be there.
 */
function requireScorePair(
  row: { score?: unknown; totalScore?: unknown; maxScore?: unknown; totalMaxScore?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (!('score' in row) && !('totalScore' in row)) {
    ctx.addIssue({
      code: 'custom',
      path: ['totalScore'],
      message: 'thiếu điểm (missing: expected totalScore or score)',
    });
  }
  if (!('maxScore' in row) && !('totalMaxScore' in row)) {
    ctx.addIssue({
      code: 'custom',
      path: ['totalMaxScore'],
      message: 'thiếu điểm tối đa (missing: expected totalMaxScore or maxScore)',
    });
  }
}

function nodeSchema(endpoint: TreeEndpoint, child: boolean) {
  return z
    .looseObject({
      ...identity,
      ...countShape(endpoint),
      ...(child ? { level: z.string() } : {}),
      score: optionalNumber,
      maxScore: optionalNumber,
      totalScore: optionalNumber,
      totalMaxScore: optionalNumber,
    })
    .superRefine(requireScorePair);
}

export function treeDataSchema(endpoint: TreeEndpoint) {
  return z.looseObject({
    parent: nodeSchema(endpoint, false),
    children: z.array(nodeSchema(endpoint, true)),
  });
}

export const dvcProgressTreeDataSchema = treeDataSchema('evaluation/dvc-progress-tree');
export const provideOnlineTreeDataSchema = treeDataSchema('evaluation/provide-online-tree');
export const formalityOnlinePaymentTreeDataSchema = treeDataSchema(
  'evaluation/formality-online-payment-tree',
);

export const TREE_DATA_SCHEMAS: Readonly<Record<TreeEndpoint, ReturnType<typeof treeDataSchema>>> =
  {
    'evaluation/dvc-progress-tree': dvcProgressTreeDataSchema,
    'evaluation/provide-online-tree': provideOnlineTreeDataSchema,
    'evaluation/formality-online-payment-tree': formalityOnlinePaymentTreeDataSchema,
  };

/**
 * Chart series, not stored as observations; drift there is a warning. Progress uses
 * `{month, onTimePct, overduePct}` (0, not null, for future months), online
 * `{label, onlineDossierPct}`; the payment tree has none.
 */
export const treeSecondarySchema = z.looseObject({
  monthlyChart: z
    .array(
      z.looseObject({
        month: optionalString,
        label: optionalString,
        onTimePct: optionalNumber,
        overduePct: optionalNumber,
        onlineDossierPct: optionalNumber,
      }),
    )
    .nullable()
    .optional(),
});

export type TreeData = z.infer<ReturnType<typeof treeDataSchema>>;
export type TreeNode = TreeData['parent'];
