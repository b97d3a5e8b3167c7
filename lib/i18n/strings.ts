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
