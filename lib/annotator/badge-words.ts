/**
 * The words and number formats a badge is written in: the one part of its text that changes
 * with the UI language.
 */

import { formatNumber, type Locale } from '../format/vietnamese';

/**
 * The few words a badge uses, per UI language. Kept here rather than in lib/i18n: the content
 * script carries only these, not the extension pages' whole dictionary.
 */
export interface Words {
  new: string;
  provisional: string;
  provisionalShort: string;
  met: string;
  notMet: string;
  previous: string;
  against: string;
  up: string;
  down: string;
  unchanged: string;
  noPrevious: string;
  notCompared: string;
  target: string;
  metLower: string;
  notMetLower: string;
  over: string;
  shortBy: string;
  points: string;
  noData: string;
  unranked: string;
  rank: string;
  sameRank: string;
  places: (n: number) => string;
  score: string;
  scoreUnit: string;
  rating: string;
  ratingLower: string;
  ratio: string;
  targetLine: string;
  gap: string;
  pp: string;
  fullScore: string;
  threshold: string;
  profile: string;
  /** The met/short words of a chip at full length: "✓ đạt", "✗ thiếu 13,78". */
  metChip: string;
  shortChip: string;
  /** Short names of the shares the portal prints no column for, by criterion code. */
  shares: Record<string, string>;
  /** The one-time legend on the page, its button, and the name of the details box. */
  legend: string;
  legendOk: string;
  details: string;
}

const WORDS: Record<Locale, Words> = {
  vi: {
    new: 'mới',
    provisional: 'tạm tính',
    provisionalShort: 'tạm',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    previous: 'kỳ trước',
    against: 'so với',
    up: 'tăng',
    down: 'giảm',
    unchanged: 'không đổi',
    noPrevious: 'chưa có số liệu kỳ trước để so sánh',
    notCompared: 'số liệu tạm tính, chưa so sánh với kỳ trước',
    target: 'mục tiêu',
    metLower: 'đạt',
    notMetLower: 'chưa đạt',
    over: 'vượt',
    shortBy: 'thiếu',
    points: 'điểm %',
    noData: 'không có số liệu',
    unranked: 'chưa xếp hạng',
    rank: 'xếp hạng',
    sameRank: 'giữ nguyên thứ hạng',
    places: (n) => `${n} bậc`,
    score: 'Điểm',
    scoreUnit: 'điểm',
    rating: 'Xếp loại',
    ratingLower: 'xếp loại',
    ratio: 'Tỷ lệ',
    targetLine: 'Mục tiêu',
    gap: 'chênh',
    pp: 'điểm %',
    fullScore: 'Đạt điểm tối đa khi',
    threshold: 'ngưỡng công thức',
    profile: 'Bộ mục tiêu',
    metChip: 'đạt',
    shortChip: 'thiếu',
    shares: { ONLINE_DOSSIER_SHARE: 'HS trực tuyến', ONLINE_PAYMENT_SHARE: 'TT trực tuyến' },
    legend:
      'Nhãn Chỉ số 766, luôn theo thứ tự: ✗ −13,78 còn thiếu so với mục tiêu (điểm %), ✓ đạt · ' +
      '▲ ▼ tăng, giảm so với kỳ trước · ↑ ↓ lên, xuống bậc xếp hạng · 88,81/≥47% tỷ lệ Cổng ' +
      'không in và mục tiêu. Không nhãn: không đổi. Di chuột hoặc nhấn Tab tới nhãn để xem chi tiết.',
    legendOk: 'Đã hiểu',
    details: 'Chi tiết nhãn Chỉ số 766',
  },
  en: {
    new: 'new',
    provisional: 'provisional',
    provisionalShort: 'prov.',
    met: 'Met',
    notMet: 'Not met',
    previous: 'previous period',
    against: 'vs',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    noPrevious: 'no previous period to compare with',
    notCompared: 'provisional figures, not compared with the previous period',
    target: 'target',
    metLower: 'met',
    notMetLower: 'not met',
    over: 'over by',
    shortBy: 'short by',
    points: 'percentage points',
    noData: 'no data',
    unranked: 'not ranked',
    rank: 'rank',
    sameRank: 'same place',
    places: (n) => `${n} ${n === 1 ? 'place' : 'places'}`,
    score: 'Score',
    scoreUnit: 'points',
    rating: 'Rating',
    ratingLower: 'rated',
    ratio: 'Ratio',
    targetLine: 'Target',
    gap: 'gap',
    pp: 'pp',
    fullScore: 'Full score at',
    threshold: 'formula threshold',
    profile: 'Target profile',
    metChip: 'met',
    shortChip: 'short',
    shares: { ONLINE_DOSSIER_SHARE: 'online dossiers', ONLINE_PAYMENT_SHARE: 'paid online' },
    legend:
      'Chỉ số 766 badges, always in this order: ✗ −13.78 short of the target (percentage ' +
      'points), ✓ met · ▲ ▼ up, down since the previous period · ↑ ↓ places gained, lost in ' +
      'the ranking · 88.81/≥47% a share the portal does not print, and its target. No badge: no ' +
      'change. Hover or Tab to a badge for details.',
    legendOk: 'Got it',
    details: 'Chỉ số 766 badge details',
  },
};

/** Numbers, words and locale for one badge: 84,41 in Vietnamese, 84.41 in English. */
export interface Say {
  locale: Locale;
  w: Words;
  num: (value: number | null) => string;
  /** Targets and thresholds are whole percents more often than not: 52, not 52,00. */
  pct: (value: number) => string;
  signed: (value: number) => string;
  /** Numbers on a chip, written like the page they sit on (`12.96` or `12,96`). */
  chip: (value: number) => string;
  chipSigned: (value: number) => string;
}

/** The decimal mark a page prints its scores with, read from one printed score. */
export type Mark = ',' | '.';

export function markOf(printed: string | null | undefined): Mark | null {
  if (!printed) return null;
  if (/\d\.\d/.test(printed)) return '.';
  if (/\d,\d/.test(printed)) return ',';
  return null;
}

export function sayIn(locale: Locale, mark?: Mark | null): Say {
  const w = WORDS[locale] ?? WORDS.vi;
  const num = (value: number | null) => formatNumber(value, 2, locale);
  const pageLocale: Locale = mark ? (mark === '.' ? 'en' : 'vi') : locale;
  const chip = (value: number) => formatNumber(value, 2, pageLocale);
  return {
    chip,
    chipSigned: (value) => `${value < 0 ? '−' : '+'}${chip(Math.abs(value))}`,
    locale,
    w,
    num,
    pct: (value) => `${formatNumber(value, Number.isInteger(value) ? 0 : 2, locale)}%`,
    signed: (value) => `${value < 0 ? '−' : '+'}${num(Math.abs(value))}`,
  };
}
