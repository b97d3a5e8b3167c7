import type { Locale } from '../format/vietnamese';
import type { UnitKind } from '../model/observation';

/**
 * The words the comparison tables and the ranking workbook print, Vietnamese first. Kept here
 * rather than in lib/i18n because these are document texts (headers of a file an official
 * sends upward), not screen chrome, and a sheet must read the same whatever the UI locale.
 */
export const COMPARE_LABELS = {
  stt: { vi: 'STT', en: 'No.' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  code: { vi: 'Mã', en: 'Code' },
  kind: { vi: 'Loại', en: 'Kind' },
  score: { vi: 'Điểm', en: 'Score' },
  rank: { vi: 'Hạng', en: 'Rank' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  totalRank: { vi: 'Hạng tổng', en: 'Total rank' },
  totalSource: { vi: 'Nguồn tổng điểm', en: 'Total from' },
  rating: { vi: 'Xếp loại', en: 'Rating' },
  deltaTotal: { vi: 'Tăng/giảm so với kỳ trước', en: 'Change since previous period' },
  rankChange: { vi: 'Thay đổi hạng', en: 'Rank change' },
  group: { vi: 'Nhóm', en: 'Group' },
  criterion: { vi: 'Chỉ tiêu', en: 'Criterion' },
  value: { vi: 'Giá trị (%)', en: 'Value (%)' },
  target: { vi: 'Mục tiêu (%)', en: 'Target (%)' },
  gap: { vi: 'Còn thiếu (điểm %)', en: 'Gap (pp)' },
  belowCount: { vi: 'Số chỉ tiêu chưa đạt', en: 'Criteria below target' },
  sourcePortal: { vi: 'Cổng DVC', en: 'Portal' },
  sourceSum: { vi: 'Tổng 6 nhóm', en: 'Sum of 6 groups' },
  kindAll: { vi: 'Tất cả đơn vị', en: 'All units' },
  peerSheet: { vi: 'Xếp hạng cùng cấp', en: 'Peer ranking' },
  periodsSheet: { vi: 'Theo tháng', en: 'By month' },
  belowSheet: { vi: 'Chưa đạt mục tiêu', en: 'Below target' },
  notesSheet: { vi: 'Ghi chú', en: 'Notes' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CompareLabel = keyof typeof COMPARE_LABELS;

export function compareLabel(key: CompareLabel, locale: Locale = 'vi'): string {
  return COMPARE_LABELS[key][locale];
}

const KIND_LABELS: Readonly<Record<UnitKind, Record<Locale, string>>> = {
  NATION: { vi: 'Cả nước', en: 'Nation' },
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  AGENCY: { vi: 'Sở, ngành', en: 'Agency' },
  COMMUNE: { vi: 'Xã, phường', en: 'Commune' },
};

export function kindLabel(kind: UnitKind, locale: Locale = 'vi'): string {
  return KIND_LABELS[kind][locale];
}

/** "đồng hạng 1, 150 đơn vị": a shared rank says how many share it. */
export function tiedRankText(rank: number, tied: number, locale: Locale = 'vi'): string {
  if (tied <= 1) return locale === 'vi' ? `hạng ${rank}` : `rank ${rank}`;
  return locale === 'vi' ? `đồng hạng ${rank}, ${tied} đơn vị` : `tied ${rank}, ${tied} units`;
}
