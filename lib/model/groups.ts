/** The six scored groups of the 766 index (QĐ 766/QĐ-TTg), as the 2026 portal names them. */

export const GROUP_CODES = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] as const;
export type GroupCode = (typeof GROUP_CODES)[number];

export interface GroupInfo {
  code: GroupCode;
  name: string;
  nameEn: string;
  maxScore: number;
}

export const GROUPS: readonly GroupInfo[] = [
  {
    code: 'CKMB',
    name: 'Công khai, minh bạch',
    nameEn: 'Transparency',
    maxScore: 18,
  },
  {
    code: 'TDGQ',
    name: 'Tiến độ giải quyết',
    nameEn: 'Handling progress',
    maxScore: 20,
  },
  {
    code: 'CLGQ',
    name: 'Dịch vụ công trực tuyến',
    nameEn: 'Online public services',
    maxScore: 12,
  },
  {
    code: 'TTTT',
    name: 'Thanh toán trực tuyến',
    nameEn: 'Online payment',
    maxScore: 10,
  },
  {
    code: 'MDHL',
    name: 'Mức độ hài lòng',
    nameEn: 'Satisfaction',
    maxScore: 18,
  },
  {
    code: 'MDSH',
    name: 'Số hóa hồ sơ',
    nameEn: 'Dossier digitisation',
    maxScore: 22,
  },
];

/** What a capture is about: one group's table, the total out of 100, or the TTHC catalogue. */
export type Subject = GroupCode | 'TOTAL' | 'CATALOGUE';

const OTHER_SUBJECTS: Record<'TOTAL' | 'CATALOGUE', { name: string; nameEn: string }> = {
  TOTAL: { name: 'Tổng hợp kết quả', nameEn: 'Summary of results' },
  CATALOGUE: { name: 'Danh mục TTHC', nameEn: 'Administrative procedures' },
};

/** A person-readable name for what a capture is about; `fallback` when it is not known. */
export function subjectLabel(
  subject: Subject | null | undefined,
  fallback: string,
  locale: 'vi' | 'en' = 'vi',
): string {
  if (!subject) return fallback;
  const named = GROUPS.find((g) => g.code === subject) ?? OTHER_SUBJECTS[subject as 'TOTAL'];
  if (!named) return fallback;
  return locale === 'vi' ? named.name : named.nameEn;
}
