import type { GroupCode } from './groups';

/** A derived criterion's catalogue entry: a ratio the portal does not publish as a criterion. */
export interface DerivedEntry {
  group: GroupCode;
  /** Says where the number comes from. */
  name: string;
  nameEn: string;
  docSection: string | null;
  maxScore: number | null;
  fullScoreAt?: number | null;
  note?: string;
}

/**
 * Ratios computed from counts the portal publishes (the portal adapter says which counts),
 * and what the formula says about the quantity each measures (§3.2–§3.4, §4.1).
 */
export const DERIVED_ENTRIES: Record<string, DerivedEntry> = {
  ON_TIME_SHARE: {
    group: 'TDGQ',
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers handled on time (computed from portal counts)',
    docSection: '2.1',
    maxScore: 20,
  },
  ONLINE_DOSSIER_SHARE: {
    group: 'CLGQ',
    name: 'Tỷ lệ hồ sơ trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers submitted online (computed from portal counts)',
    docSection: '3.3',
    maxScore: null,
    fullScoreAt: null,
    note: 'Không phân bổ điểm; chưa dựng lại được công thức nhóm CLGQ (§3.3, §4.1).',
  },
  ONLINE_PAYMENT_SHARE: {
    group: 'TTTT',
    name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of dossiers paid online (computed from portal counts)',
    docSection: '3.6',
    maxScore: 6,
  },
  ONLINE_FORMALITY_PAYMENT_SHARE: {
    group: 'TTTT',
    name: 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến (tính từ số liệu cổng)',
    nameEn: 'Share of fee-bearing procedures with an online payment (computed from portal counts)',
    docSection: '3.5',
    maxScore: 2,
    fullScoreAt: 80,
  },
  FEE_FORMALITY_WITH_DOSSIER_SHARE: {
    group: 'TTTT',
    name: 'Tỷ lệ TTHC có thu phí có phát sinh hồ sơ (tính từ số liệu cổng)',
    nameEn: 'Share of fee-bearing procedures that had dossiers (computed from portal counts)',
    docSection: null,
    maxScore: null,
    fullScoreAt: null,
    note: 'Thành phần thứ ba của điểm thanh toán: hệ số quan sát được 2,5 trên mỗi đơn vị tỷ lệ, chưa rõ mức trần (§3.4).',
  },
};
