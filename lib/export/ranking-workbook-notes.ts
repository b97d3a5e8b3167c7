import { RATING_NOTE } from '../analysis/ratings';
import { kindLabel } from '../compare/labels';
import { formatDateTime, formatNumber } from '../format/vietnamese';
import { subjectLabel } from '../model/groups';
import { parsePeriodKey, periodLabel } from '../model/period';
import { PORTAL_HOST } from '../portal/site';
import type { RankingWorkbookData } from './ranking-workbook-data';

/**
 * The "Ghi chú" sheet and the short notes under the ranking table: where the numbers come
 * from, when they were captured, and how to read empty cells, shared ranks and open periods.
 * Vietnamese, as the workbook is sent upward in Vietnamese.
 */

export const SOURCE_LINE =
  `Cổng Dịch vụ công quốc gia (${PORTAL_HOST}), trang "Đánh giá chất lượng phục vụ": kết ` +
  'quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh ' +
  'nghiệp (Quyết định số 766/QĐ-TTg).';

export const EMPTY_NOTE =
  'Ô trống: Cổng không có số liệu (không phải 0). Đơn vị không có điểm thì không được xếp hạng.';
export const TIES_NOTE =
  'Đồng hạng: các đơn vị bằng điểm cùng hạng, hạng kế tiếp bỏ qua số chỗ đã chiếm (1, 2, 2, 4).';
export const OPEN_PERIOD_NOTE =
  'Số liệu của kỳ chưa kết thúc là số liệu tạm tính, có thể thay đổi theo thời gian; kỳ tạm tính ' +
  'không được so sánh với kỳ trước.';
export const RANK_CHANGE_NOTE =
  'Thay đổi hạng = hạng kỳ trước − hạng kỳ này (dương là tăng hạng); tăng/giảm = tổng điểm kỳ ' +
  'này − tổng điểm kỳ trước cùng loại.';

/** What the total of this workbook is: the portal's, the sum of six groups, or both. */
export function totalNote(data: RankingWorkbookData): string {
  const portal = data.peer.rows.filter((r) => r.totalSource === 'portal').length;
  const sum = data.peer.rows.filter((r) => r.totalSource === 'sum-of-groups').length;
  const parts = [
    'Tổng điểm (/100): lấy từ mục "Tổng hợp kết quả" của Cổng khi đã lưu; nếu chưa, là tổng ' +
      'điểm 6 nhóm, chỉ khi đủ cả 6 nhóm.',
  ];
  if (portal) parts.push(`Theo Cổng: ${portal} đơn vị.`);
  if (sum) parts.push(`Tổng 6 nhóm: ${sum} đơn vị.`);
  return parts.join(' ');
}

/** The notes printed under the ranking table, as reports.md §3 asks. */
export function tableNotes(data: RankingWorkbookData): string[] {
  const notes = [EMPTY_NOTE, TIES_NOTE, totalNote(data), RANK_CHANGE_NOTE];
  if (data.peer.provisional) notes.push(OPEN_PERIOD_NOTE);
  return notes;
}

function scopeText(data: RankingWorkbookData): string {
  const { kind, rankAmong, root } = data.peer;
  const listed = kind === 'all' ? 'tất cả đơn vị trực thuộc' : kindLabel(kind).toLowerCase();
  const among =
    rankAmong === 'kind' || kind === 'all'
      ? 'xếp hạng trong chính nhóm đơn vị này'
      : 'xếp hạng trong tất cả đơn vị trực thuộc';
  return `${listed} của ${root?.name ?? data.peer.rootUnitId}; ${among}`;
}

function previousText(data: RankingWorkbookData): string {
  const p = parsePeriodKey(data.peer.previousPeriodKey);
  const label = p ? periodLabel(p) : data.peer.previousPeriodKey;
  if (data.peer.previous === 'compared') return `${label} (đã so sánh)`;
  if (data.peer.previous === 'missing') return `${label}: chưa lưu số liệu, không so sánh`;
  return `${label}: có số liệu tạm tính, không so sánh`;
}

/** A group not captured for the period leaves its columns empty, and the sum of six undone. */
function missingGroups(data: RankingWorkbookData): [string, string][] {
  const missing = data.peer.groups.filter((g) => !g.captured).map((g) => g.name);
  if (missing.length === 0) return [];
  return [
    [
      'Nhóm chưa lưu',
      `${missing.join('; ')}: cột điểm, hạng để trống; không cộng được tổng 6 nhóm, tổng điểm chỉ có ` +
        'khi đã lưu mục "Tổng hợp kết quả" của Cổng.',
    ],
  ];
}

/** Rows of the "Ghi chú" sheet: label, text. */
export function notesRows(data: RankingWorkbookData): [string, string][] {
  const { peer } = data;
  const bands = [...data.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.label} ≥ ${formatNumber(b.min, 0)}`)
    .join('; ');
  const captures = peer.captures.map((c): [string, string] => [
    `Lưu lúc (${subjectLabel(c.subject, c.endpoint)})`,
    `${formatDateTime(c.observedAt)}${c.periodClosed === false ? ' (kỳ chưa kết thúc: tạm tính)' : ''}`,
  ]);
  return [
    ['Nguồn', SOURCE_LINE],
    [
      'Đơn vị',
      `${peer.root?.name ?? peer.rootUnitId}${peer.root?.code ? ` (${peer.root.code})` : ''}`,
    ],
    ['Kỳ', `${peer.periodLabel}${peer.provisional ? ' (đang diễn ra: số liệu tạm tính)' : ''}`],
    ['Phạm vi', scopeText(data)],
    ...captures,
    ...missingGroups(data),
    ['Kỳ trước', previousText(data)],
    ['Bộ mục tiêu', data.profile ? `${data.profile.name}. ${data.profile.source}` : 'Không có'],
    ['Thang xếp loại', `${bands}. ${RATING_NOTE}`],
    ['Ô trống', EMPTY_NOTE],
    ['Đồng hạng', TIES_NOTE],
    ['Tổng điểm', totalNote(data)],
    ['Thay đổi hạng', RANK_CHANGE_NOTE],
    ['Kỳ đang diễn ra', OPEN_PERIOD_NOTE],
    ['Tạo lúc', `${formatDateTime(data.generatedAt)} (giờ Việt Nam), bởi tiện ích chiso766`],
  ];
}

/** The line under each title: source, capture time, and the open-period warning. */
export function asOf(data: RankingWorkbookData): string {
  const latest = data.peer.captures
    .map((c) => c.observedAt)
    .sort()
    .at(-1);
  const when = latest ? `; số liệu lưu lúc ${formatDateTime(latest)}` : '';
  const open = data.peer.provisional
    ? ' (kỳ chưa kết thúc: số liệu tạm tính, có thể thay đổi)'
    : '';
  return `Nguồn: Cổng Dịch vụ công quốc gia${when}${open}.`;
}

/** "Xã, phường thuộc UBND tỉnh Phú Thọ, tháng 08/2026". */
export function scopeTitle(data: RankingWorkbookData): string {
  const { kind, root, periodLabel } = data.peer;
  const who = kind === 'all' ? 'Các đơn vị' : kindLabel(kind);
  return `${who} thuộc ${root?.name ?? ''}, ${periodLabel.toLowerCase()}`;
}
