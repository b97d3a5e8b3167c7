import type { Locale } from '../format/vietnamese';

/** Every string the extension pages show. Vietnamese is the reference; English follows it. */
const vi = {
  appName: 'Chỉ số 766',
  appTagline: 'Theo dõi chất lượng phục vụ người dân, doanh nghiệp',
  dashboardTitle: 'Bảng điều khiển',
  sidePanelTitle: 'Bảng chỉ số',
  storedCount: 'Đã lưu {count} bản ghi',
  nothingStored:
    'Chưa có số liệu. Mở trang “Đánh giá chất lượng phục vụ” trên Cổng Dịch vụ công quốc gia, tiện ích sẽ tự lưu lại.',
  lastCapture: 'Lần lưu gần nhất: {time}',
  colEndpoint: 'Nhóm số liệu',
  colCount: 'Số bản ghi',
  colLast: 'Lưu lúc',
  colPage: 'Trang nguồn',
  capturesCaption: 'Số liệu đã lưu theo nhóm',
  openDashboard: 'Mở bảng điều khiển',
  openSidePanel: 'Mở bảng chỉ số bên cạnh',
  openPortal: 'Mở trang đánh giá trên Cổng DVC',
  loading: 'Đang tải…',
  loadError: 'Không đọc được số liệu đã lưu: {error}',
  language: 'Ngôn ngữ',
  privacyNote: 'Mọi số liệu chỉ nằm trong trình duyệt này; tiện ích không gửi đi đâu.',
  viewing: 'Đang xem: {unit} — {period}',
  provisional: 'tạm tính, kỳ chưa kết thúc',
  closedPeriod: 'kỳ đã kết thúc',
  noView:
    'Chưa biết bạn đang xem tỉnh, kỳ nào. Mở trang đánh giá trên Cổng DVC và chọn tỉnh, kỳ; bảng này sẽ tự theo.',
  groupsStored: 'Đã lưu {done}/{total} nhóm chỉ số của kỳ này',
  captureAll: 'Lưu các nhóm còn thiếu ({count})',
  captureAllDone: 'Đã lưu đủ các nhóm',
  captureAllHint:
    'Tiện ích gửi lần lượt từng yêu cầu như chính trang Cổng, cách nhau ít nhất 1 giây, và dừng ngay khi Cổng từ chối.',
  captureAllProgress: 'Đang lưu {done}/{total}: {group}',
  captureAllWaiting: 'Chờ giãn cách trước khi lấy: {group} ({done}/{total})',
  captureAllFinished: 'Xong: đã lưu thêm {count} nhóm.',
  captureAllLabel: 'Tiến độ lưu các nhóm',
  stored: 'đã lưu',
  missing: 'chưa có',
  exportHeading: 'Xuất số liệu',
  exportLongCsv: 'Tải CSV (dạng dài, chuẩn)',
  exportLongCsvExcel: 'Tải CSV cho Excel Việt Nam',
  exportHint:
    'Mỗi dòng là một đơn vị × một nhóm hoặc một chỉ tiêu, lấy từ lần lưu mới nhất của mỗi bộ số liệu. Ô trống nghĩa là Cổng không có số liệu (không phải 0).',
  exportDone: 'Đã tạo tệp {file}.',
  snapshotsHeading: 'Các bộ số liệu đã lưu',
  colPeriod: 'Kỳ',
  colUnit: 'Đơn vị gốc',
  colRevisions: 'Số lần lưu',
  colStatus: 'Tình trạng',
  renormalize: 'Phân tích lại toàn bộ số liệu gốc',
  renormalizeDone: 'Đã phân tích lại {processed} bản ghi: {ok} hợp lệ, {flagged} bị đánh dấu.',
  flaggedCount: '{count} bản ghi bị đánh dấu (giữ nguyên bản gốc, không dùng để tính)',
  analysisHeading: 'Phân tích: mục tiêu, so với kỳ trước, xếp hạng',
  analysisPick: 'Bộ số liệu',
} as const;

export type StringKey = keyof typeof vi;

const en: Record<StringKey, string> = {
  appName: '766 Index',
  appTagline: 'Tracking the quality of service to citizens and businesses',
  dashboardTitle: 'Dashboard',
  sidePanelTitle: 'Scorecard',
  storedCount: '{count} records stored',
  nothingStored:
    'Nothing stored yet. Open the “Service quality assessment” page on the National Public Service Portal and the extension keeps what it shows.',
  lastCapture: 'Last stored: {time}',
  colEndpoint: 'Data group',
  colCount: 'Records',
  colLast: 'Stored at',
  colPage: 'Source page',
  capturesCaption: 'Stored data by group',
  openDashboard: 'Open the dashboard',
  openSidePanel: 'Open the side panel',
  openPortal: 'Open the assessment page on the portal',
  loading: 'Loading…',
  loadError: 'Could not read the stored data: {error}',
  language: 'Language',
  privacyNote: 'All data stays in this browser; the extension sends nothing anywhere.',
  viewing: 'Viewing: {unit} — {period}',
  provisional: 'provisional, period not over',
  closedPeriod: 'period closed',
  noView:
    'Not yet known which province and period you are viewing. Open the assessment page on the portal and pick them; this panel follows.',
  groupsStored: '{done}/{total} groups of this period stored',
  captureAll: 'Store the missing groups ({count})',
  captureAllDone: 'All groups stored',
  captureAllHint:
    'Requests are sent one at a time like the portal page does, at least 1 second apart, stopping at the first refusal.',
  captureAllProgress: 'Storing {done}/{total}: {group}',
  captureAllWaiting: 'Pausing before: {group} ({done}/{total})',
  captureAllFinished: 'Done: {count} more groups stored.',
  captureAllLabel: 'Progress of storing the groups',
  stored: 'stored',
  missing: 'missing',
  exportHeading: 'Export',
  exportLongCsv: 'Download CSV (long, standard)',
  exportLongCsvExcel: 'Download CSV for Vietnamese Excel',
  exportHint:
    'One row per unit × group or criterion, from the latest revision of every snapshot. An empty cell means the portal gave no value (not 0).',
  exportDone: 'Created {file}.',
  snapshotsHeading: 'Stored snapshots',
  colPeriod: 'Period',
  colUnit: 'Root unit',
  colRevisions: 'Revisions',
  colStatus: 'Status',
  renormalize: 'Re-parse all raw data',
  renormalizeDone: 'Re-parsed {processed} records: {ok} valid, {flagged} flagged.',
  flaggedCount: '{count} records flagged (raw kept, not used)',
  analysisHeading: 'Analysis: targets, change since the previous period, ranks',
  analysisPick: 'Snapshot',
};

export const STRINGS: Record<Locale, Record<StringKey, string>> = { vi, en };

export function translate(
  locale: Locale,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
