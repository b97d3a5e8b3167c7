import { DERIVED_ENTRIES } from './derived-criteria';
import { GROUPS, type GroupCode, type GroupInfo } from './groups';

/**
 * The criteria catalogue (domain brief §3–§4): what each criterion code means, how many
 * points it carries and when it earns them. The portal's scores stay authoritative; this
 * catalogue only labels and annotates them.
 */

/**
 * `applies`: scored for communes too. `province-only`: the number is the province's own,
 * so comparing communes on it says nothing. `disputed`: the official scope says province
 * only, yet the API scores communes (§13 #7); values are kept and labelled.
 */
export type CommuneScope = 'applies' | 'province-only' | 'disputed';

export interface CriterionInfo {
  code: string;
  group: GroupCode;
  /** The portal's short Vietnamese name (derived criteria: the name saying where it comes from). */
  name: string;
  nameEn: string;
  /** Points allocated; 0 for tracking-only; null when the formula allocates none or is unknown. */
  maxScore: number | null;
  direction: 'higher';
  commune: CommuneScope;
  /** Ratio (percent) from which the criterion earns its maximum; null when not scored or unknown. */
  fullScoreAt: number | null;
  /** Ratio computed by us from counts the portal publishes (never scored by us). */
  derived: boolean;
  /** Section of the formula document ('1.1' …); null when the document has none. */
  docSection: string | null;
  /** Caveat shown beside the criterion (Vietnamese, citing the domain brief). */
  note: string | null;
}

export const API_METRIC_CODES = [
  'PUBLISH_ON_TIME',
  'PUBLIC_UPDATE_ON_TIME',
  'PUBLIC_CONTENT_FULL',
  'DOSSIER_SYNC',
  'PETITION_CLASSIFICATION_TTHC',
  'PETITION_CLASSIFICATION_STAFF',
  'PETITION_PROCESSING_ON_TIME',
  'PETITION_HANDLING_SATISFACTION',
  'DOSSIER_RECEIVING_SATISFACTION',
  'ORIGINAL_RESULT_AVAILABLE',
  'SO_HOA_GIAY_TO_GIAI_QUYET',
  'ELECTRONIC_CERTIFIED_COPY',
  'REUSED_DIGITIZED_DATA',
  'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
  'CITIZEN_DATA_CONNECTED_DOSSIER',
  'CITIZEN_DATA_CONNECTED_FORMALITY',
] as const;
export type ApiMetricCode = (typeof API_METRIC_CODES)[number];

/** Most criteria apply to communes and earn full points at 100 %; entries state the exceptions. */
type Entry = Omit<CriterionInfo, 'direction' | 'derived' | 'note' | 'commune' | 'fullScoreAt'> & {
  commune?: CommuneScope;
  fullScoreAt?: number | null;
  note?: string;
};

const PROVINCE_COPY =
  'Cột phạm vi ghi "Tỉnh, xã" nhưng giá trị được tính cho cấp tỉnh và lặp lại trên mọi đơn vị con (§3.1).';
const SCOPE_DISPUTED =
  'Danh mục chỉ tiêu ghi chỉ áp dụng cấp tỉnh, nhưng API vẫn chấm điểm cấp xã (§13 #7): phạm vi áp dụng chưa thống nhất.';
const TRACKING = 'Chỉ để theo dõi: điểm tối đa 0, cổng không chấm điểm (§3.5).';

const API_ENTRIES: Record<ApiMetricCode, Omit<Entry, 'code'>> = {
  PUBLISH_ON_TIME: {
    group: 'CKMB',
    docSection: '1.1',
    name: 'Tỷ lệ TTHC công bố đúng hạn',
    nameEn: 'Procedures announced on time',
    maxScore: 6,
    commune: 'province-only',
    note: PROVINCE_COPY,
  },
  PUBLIC_UPDATE_ON_TIME: {
    group: 'CKMB',
    docSection: '1.2',
    name: 'Tỷ lệ TTHC cập nhật, công khai đúng hạn',
    nameEn: 'Procedures updated and published on time',
    maxScore: 4,
    commune: 'province-only',
    note: PROVINCE_COPY,
  },
  PUBLIC_CONTENT_FULL: {
    group: 'CKMB',
    docSection: '1.3',
    name: 'Tỷ lệ TTHC công khai đầy đủ nội dung',
    nameEn: 'Procedures published with complete content',
    maxScore: 2,
    commune: 'province-only',
    note: `${PROVINCE_COPY} Không theo kỳ: tính đến thời điểm hiện tại (§6.4).`,
  },
  DOSSIER_SYNC: {
    group: 'CKMB',
    docSection: '1.4',
    name: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG',
    nameEn: 'Dossiers synced to the national portal',
    maxScore: 6,
  },
  PETITION_CLASSIFICATION_TTHC: {
    group: 'MDHL',
    docSection: '5.1',
    name: 'Tỷ lệ PAKN về quy định, thủ tục hành chính',
    nameEn: 'Feedback about regulations and procedures',
    maxScore: 0,
    fullScoreAt: null,
    note: TRACKING,
  },
  PETITION_CLASSIFICATION_STAFF: {
    group: 'MDHL',
    docSection: '5.1',
    name: 'Tỷ lệ PAKN về hành vi cán bộ, công chức, viên chức',
    nameEn: 'Feedback about staff behaviour',
    maxScore: 0,
    fullScoreAt: null,
    note: TRACKING,
  },
  PETITION_PROCESSING_ON_TIME: {
    group: 'MDHL',
    docSection: '5.2',
    name: 'Tỷ lệ PAKN xử lý đúng hạn',
    nameEn: 'Feedback handled on time',
    maxScore: 6,
    note: 'API cho điểm tối đa khi đơn vị không nhận PAKN nào (0/0) (§4.1).',
  },
  PETITION_HANDLING_SATISFACTION: {
    group: 'MDHL',
    docSection: '5.3',
    name: 'Tỷ lệ hài lòng trong xử lý PAKN',
    nameEn: 'Satisfaction with feedback handling',
    maxScore: 6,
    note: 'API cho điểm tối đa khi đơn vị không nhận PAKN nào (0/0) (§4.1).',
  },
  DOSSIER_RECEIVING_SATISFACTION: {
    group: 'MDHL',
    docSection: '5.4',
    name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
    nameEn: 'Satisfaction with receiving and handling procedures',
    maxScore: 6,
    fullScoreAt: 90,
  },
  ORIGINAL_RESULT_AVAILABLE: {
    group: 'MDSH',
    docSection: '4.1',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả giải quyết thủ tục hành chính điện tử',
    nameEn: 'Dossiers with an electronic result',
    maxScore: 6,
  },
  SO_HOA_GIAY_TO_GIAI_QUYET: {
    group: 'MDSH',
    docSection: '4.2',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính thực hiện số hóa hồ sơ',
    nameEn: 'Dossiers digitised',
    maxScore: 4,
    note: 'Tài liệu công thức ghi đạt điểm tối đa từ 80%, nhưng API năm 2026 chấm tuyến tính đến 100% (§13 #6); theo API cho đến khi có thay đổi.',
  },
  ELECTRONIC_CERTIFIED_COPY: {
    group: 'MDSH',
    docSection: null,
    name: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
    nameEn: 'Electronic certified copies offered',
    maxScore: 2,
    note: 'Đo độ phủ cấp xã, không theo hồ sơ trong kỳ; API không trả tử số, mẫu số và tỷ lệ luôn 100 (§8.5).',
  },
  REUSED_DIGITIZED_DATA: {
    group: 'MDSH',
    docSection: '4.3',
    name: 'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
    nameEn: 'Dossiers reusing digitised data',
    maxScore: 2,
    fullScoreAt: 80,
  },
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: {
    group: 'MDSH',
    docSection: '4.4',
    name: 'Tỷ lệ hồ sơ TTHC được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng',
    nameEn: "Digitised dossiers linked to the citizen's data store",
    maxScore: 4,
  },
  CITIZEN_DATA_CONNECTED_DOSSIER: {
    group: 'MDSH',
    docSection: '4.5b',
    name: 'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư',
    nameEn: 'Dossiers using population data',
    maxScore: 2,
    commune: 'disputed',
    note: SCOPE_DISPUTED,
  },
  CITIZEN_DATA_CONNECTED_FORMALITY: {
    group: 'MDSH',
    docSection: '4.5a',
    name: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ GQ TTHC',
    nameEn: 'Procedures connected to population data',
    maxScore: 2,
    commune: 'disputed',
    note: `${SCOPE_DISPUTED} Đếm TTHC, không đếm hồ sơ; không có khi lọc theo TTHC.`,
  },
};

function complete(code: string, entry: Omit<Entry, 'code'>, derived: boolean): CriterionInfo {
  return {
    ...entry,
    code,
    direction: 'higher',
    commune: entry.commune ?? 'applies',
    fullScoreAt: entry.fullScoreAt === undefined ? 100 : entry.fullScoreAt,
    derived,
    note: entry.note ?? null,
  };
}

export const CRITERIA: readonly CriterionInfo[] = [
  ...API_METRIC_CODES.map((code) => complete(code, API_ENTRIES[code], false)),
  ...Object.entries(DERIVED_ENTRIES).map(([code, entry]) => complete(code, entry, true)),
];

const BY_CODE = new Map(CRITERIA.map((c) => [c.code, c]));

export function criterionInfo(code: string): CriterionInfo | null {
  return BY_CODE.get(code) ?? null;
}

export function isKnownCriterion(code: string): boolean {
  return BY_CODE.has(code);
}

/** API metrics first, then the ratios derived from the group's counts. */
export function criteriaOfGroup(group: GroupCode): CriterionInfo[] {
  return CRITERIA.filter((c) => c.group === group);
}

export function groupInfo(group: GroupCode): GroupInfo {
  const info = GROUPS.find((g) => g.code === group);
  if (!info) throw new Error(`criteria: unknown group ${group}`);
  return info;
}

/** Groups whose API metrics carry all the group's points; the others publish a group score only. */
export const GROUPS_SCORED_BY_METRICS: readonly GroupCode[] = ['CKMB', 'MDHL', 'MDSH'];

/**
 * `not-scored`: the criterion earns no points or its threshold is unknown, so "full" would
 * claim something the formula does not say.
 */
export type FullScoreStatus = 'full' | 'below' | 'no-data' | 'not-scored';

const EPSILON = 1e-9;

export function fullScoreStatus(
  ratio: number | null,
  criterion: CriterionInfo | string,
): FullScoreStatus {
  const info = typeof criterion === 'string' ? criterionInfo(criterion) : criterion;
  if (ratio === null || Number.isNaN(ratio)) return 'no-data';
  if (!info || info.fullScoreAt === null) return 'not-scored';
  return ratio >= info.fullScoreAt - EPSILON ? 'full' : 'below';
}
