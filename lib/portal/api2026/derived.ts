import { criterionInfo } from '../../model/criteria';
import type { GroupCode } from '../../model/groups';
import type { Observation } from '../../model/observation';
import type { TreeEndpoint } from './endpoints';

/**
 * Ratios the tree endpoints do not publish as criteria but whose counts they do publish.
 * They are labelled derived everywhere: the portal's own scores stay authoritative and are
 * never recomputed from these.
 */
/** Which counts of which tree endpoint a derived criterion of the catalogue divides. */
interface DerivedRecipe {
  code: string;
  endpoint: TreeEndpoint;
  /** Field of the tree node that is the numerator / denominator. */
  numerator: string;
  denominator: string;
}

export interface DerivedCriterion extends DerivedRecipe {
  group: GroupCode;
  /** Vietnamese label, saying where the number comes from. */
  name: string;
  nameEn: string;
}

const RECIPES: readonly DerivedRecipe[] = [
  {
    code: 'ON_TIME_SHARE',
    endpoint: 'evaluation/dvc-progress-tree',
    numerator: 'totalOnTime',
    denominator: 'totalReceived',
  },
  {
    code: 'ONLINE_DOSSIER_SHARE',
    endpoint: 'evaluation/provide-online-tree',
    numerator: 'channelOnlineSum',
    denominator: 'channelTotalSum',
  },
  {
    code: 'ONLINE_PAYMENT_SHARE',
    endpoint: 'evaluation/formality-online-payment-tree',
    numerator: 'totalDossierOnlinePaymentSuccess',
    denominator: 'totalDossierFinancialObligation',
  },
  {
    code: 'ONLINE_FORMALITY_PAYMENT_SHARE',
    endpoint: 'evaluation/formality-online-payment-tree',
    numerator: 'totalDossierOnlineFormalityPaymentSuccess',
    denominator: 'totalFeeDossierFormalityDistinct',
  },
  {
    code: 'FEE_FORMALITY_WITH_DOSSIER_SHARE',
    endpoint: 'evaluation/formality-online-payment-tree',
    numerator: 'totalFeeDossierFormality',
    denominator: 'totalFeeFormality',
  },
];

export const DERIVED_CRITERIA: readonly DerivedCriterion[] = RECIPES.map((recipe) => {
  const info = criterionInfo(recipe.code);
  // The catalogue names every derived code; a recipe without an entry is a typo found at load.
  if (!info?.derived) throw new Error(`derived: no catalogue entry for ${recipe.code}`);
  return { ...recipe, group: info.group, name: info.name, nameEn: info.nameEn };
});

/**
 * numerator ÷ denominator in percent, unrounded. Null whenever the division would state
 * something the counts do not support: a missing count, a zero or negative denominator, a
 * negative numerator, or an overflow.
 */
export function derivedRatio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null) return null;
  if (!(denominator > 0) || !(numerator >= 0)) return null;
  const ratio = (numerator / denominator) * 100;
  return Number.isFinite(ratio) ? ratio : null;
}

function countOf(node: Record<string, unknown>, field: string): number | null {
  const value = node[field];
  return typeof value === 'number' ? value : null;
}

/**
 * The derived row of one criterion of one tree node, or null when the node carries neither
 * of its counts (online counts exist on the parent only, so children get none).
 */
export function derivedObservation(
  criterion: DerivedCriterion,
  unitId: string,
  node: Record<string, unknown>,
): Observation | null {
  if (!(criterion.numerator in node) && !(criterion.denominator in node)) return null;
  const numerator = countOf(node, criterion.numerator);
  const denominator = countOf(node, criterion.denominator);
  return {
    unitId,
    group: criterion.group,
    criterion: criterion.code,
    derived: true,
    score: null,
    maxScore: null,
    numerator,
    denominator,
    ratio: derivedRatio(numerator, denominator),
    flags: [],
    flagMessage: null,
    params: {},
  };
}

/** The derived rows of one tree node: one per criterion of the endpoint whose counts it carries. */
export function derivedObservations(
  endpoint: TreeEndpoint,
  unitId: string,
  node: Record<string, unknown>,
): Observation[] {
  const rows: Observation[] = [];
  for (const criterion of DERIVED_CRITERIA) {
    if (criterion.endpoint !== endpoint) continue;
    const row = derivedObservation(criterion, unitId, node);
    if (row) rows.push(row);
  }
  return rows;
}
