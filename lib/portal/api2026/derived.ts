import type { GroupCode } from '../../model/groups';
import type { Observation } from '../../model/observation';
import type { TreeEndpoint } from './endpoints';

/**
 * Ratios the tree endpoints do not publish as criteria but whose counts they do publish.
 * They are labelled derived everywhere: the portal's own scores stay authoritative and are
 * never recomputed from these.
 */
export interface DerivedCriterion {
  code: string;
  group: GroupCode;
  endpoint: TreeEndpoint;
  /** Vietnamese label, saying where the number comes from. */
  name: string;
  nameEn: string;
  /** Field of the tree node that is the numerator / denominator. */
  numerator: string;
  denominator: string;
}

export const DERIVED_CRITERIA: readonly DerivedCriterion[] = [
  {
    code: 'ON_TIME_SHARE',
    group: 'TDGQ',
    endpoint: 'evaluation/dvc-progress-tree',
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers handled on time (computed from portal counts)',
    numerator: 'totalOnTime',
    denominator: 'totalReceived',
  },
  {
    code: 'ONLINE_DOSSIER_SHARE',
    group: 'CLGQ',
    endpoint: 'evaluation/provide-online-tree',
    name: 'Tỷ lệ hồ sơ trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers submitted online (computed from portal counts)',
    numerator: 'channelOnlineSum',
    denominator: 'channelTotalSum',
  },
  {
    code: 'ONLINE_PAYMENT_SHARE',
    group: 'TTTT',
    endpoint: 'evaluation/formality-online-payment-tree',
    name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers paid online (computed from portal counts)',
    numerator: 'totalDossierOnlinePaymentSuccess',
    denominator: 'totalDossierFinancialObligation',
  },
  {
    code: 'ONLINE_FORMALITY_PAYMENT_SHARE',
    group: 'TTTT',
    endpoint: 'evaluation/formality-online-payment-tree',
    name: 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of fee-bearing procedures with an online payment (computed from portal counts)',
    numerator: 'totalDossierOnlineFormalityPaymentSuccess',
    denominator: 'totalFeeDossierFormalityDistinct',
  },
  {
    code: 'FEE_FORMALITY_WITH_DOSSIER_SHARE',
    group: 'TTTT',
    endpoint: 'evaluation/formality-online-payment-tree',
    name: 'Tỷ lệ TTHC có thu phí có phát sinh hồ sơ (tính từ số liệu cổng)',
    nameEn: 'Share of fee-bearing procedures that had dossiers (computed from portal counts)',
    numerator: 'totalFeeDossierFormality',
    denominator: 'totalFeeFormality',
  },
];

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
 * The derived rows of one tree node: one per criterion of the endpoint whose counts the
 * node carries (online counts exist on the parent only, so children get none).
 */
export function derivedObservations(
  endpoint: TreeEndpoint,
  unitId: string,
  node: Record<string, unknown>,
): Observation[] {
  const rows: Observation[] = [];
  for (const criterion of DERIVED_CRITERIA) {
    if (criterion.endpoint !== endpoint) continue;
    if (!(criterion.numerator in node) && !(criterion.denominator in node)) continue;
    const numerator = countOf(node, criterion.numerator);
    const denominator = countOf(node, criterion.denominator);
    rows.push({
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
    });
  }
  return rows;
}
