/** The six scored groups of the 766 index (QĐ 766/QĐ-TTg), as the 2026 portal names them. */

export const GROUP_CODES = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] as const;
export type GroupCode = (typeof GROUP_CODES)[number];

export interface GroupInfo {
  code: GroupCode;
  name: string;
  nameEn: string;
  maxScore: number;
  /** Path below `/api/v1/reporting/` of the endpoint that details the group per unit. */
  endpoint: string;
}

export const GROUPS: readonly GroupInfo[] = [
  {
    code: 'CKMB',
    name: 'Công khai, minh bạch',
    nameEn: 'Transparency',
    maxScore: 18,
    endpoint: 'evaluation/transparency',
  },
  {
    code: 'TDGQ',
    name: 'Tiến độ giải quyết',
    nameEn: 'Handling progress',
    maxScore: 20,
    endpoint: 'evaluation/dvc-progress-tree',
  },
  {
    code: 'CLGQ',
    name: 'Dịch vụ công trực tuyến',
    nameEn: 'Online public services',
    maxScore: 12,
    endpoint: 'evaluation/provide-online-tree',
  },
  {
    code: 'TTTT',
    name: 'Thanh toán trực tuyến',
    nameEn: 'Online payment',
    maxScore: 10,
    endpoint: 'evaluation/formality-online-payment-tree',
  },
  {
    code: 'MDHL',
    name: 'Mức độ hài lòng',
    nameEn: 'Satisfaction',
    maxScore: 18,
    endpoint: 'evaluation/handling-satisfaction',
  },
  {
    code: 'MDSH',
    name: 'Số hóa hồ sơ',
    nameEn: 'Dossier digitisation',
    maxScore: 22,
    endpoint: 'evaluation/dossier-digitized',
  },
];

const OTHER_ENDPOINTS: Record<string, { name: string; nameEn: string }> = {
  'evaluation/service-results': { name: 'Tổng hợp kết quả', nameEn: 'Summary of results' },
  formalities: { name: 'Danh mục TTHC', nameEn: 'Administrative procedures' },
};

/** A person-readable name for a reporting endpoint; unknown endpoints show their path. */
export function endpointLabel(endpoint: string, locale: 'vi' | 'en' = 'vi'): string {
  const group = GROUPS.find((g) => g.endpoint === endpoint);
  const other = OTHER_ENDPOINTS[endpoint];
  const named = group ?? other;
  if (!named) return endpoint;
  return locale === 'vi' ? named.name : named.nameEn;
}
