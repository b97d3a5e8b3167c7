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
}

export function sayIn(locale: Locale): Say {
  const w = WORDS[locale] ?? WORDS.vi;
  const num = (value: number | null) => formatNumber(value, 2, locale);
  return {
    locale,
    w,
    num,
    pct: (value) => `${formatNumber(value, Number.isInteger(value) ? 0 : 2, locale)}%`,
    signed: (value) => `${value < 0 ? '−' : '+'}${num(Math.abs(value))}`,
  };
}
