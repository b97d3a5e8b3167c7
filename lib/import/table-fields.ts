import { searchKey } from '../format/search-text';
import { criterionInfo } from '../model/criteria';
import { GROUP_CODES, GROUPS, type GroupCode } from '../model/groups';
import type { GroupOrTotal } from '../model/observation';
import { periodKey } from '../model/period';

/**
 * The columns of the template and of a pasted table, found by their header whatever the
 * language, case or diacritics ("Tỷ lệ (%)", "ty le", "ratio"), and the values of its
 * period and measure columns.
 */

export const TABLE_FIELDS = [
  'period',
  'unit',
  'measure',
  'score',
  'ratio',
  'numerator',
  'denominator',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

const ALIASES: Record<TableField, readonly string[]> = {
  period: ['period', 'ky', 'ky bao cao', 'thang', 'month'],
  unit: ['unit', 'don vi', 'ten don vi', 'co quan', 'ten co quan', 'dia phuong', 'unit name'],
  measure: [
    'measure',
    'group',
    'criterion',
    'group or criterion',
    'nhom',
    'chi tieu',
    'nhom hoac chi tieu',
    'nhom chi tieu',
  ],
  score: ['score', 'diem', 'tong diem', 'diem dat', 'total score'],
  ratio: ['ratio', 'ty le', 'ti le', '%', 'percent'],
  numerator: ['numerator', 'tu so'],
  denominator: ['denominator', 'mau so'],
};

const headerKey = (text: string) =>
  searchKey(text.replace(/\([^)]*\)/g, ' ').replace(/[/:*_-]+/g, ' ')).replace(/\s+/g, ' ');

/** The field a header names, or null for a column the import ignores (STT, Xếp hạng…). */
export function fieldOfHeader(header: string): TableField | null {
  const key = headerKey(header);
  if (key === '' && header.includes('%')) return 'ratio';
  for (const field of TABLE_FIELDS) {
    if (ALIASES[field].includes(key)) return field;
  }
  return null;
}

/** The template's own headers, in its column order. */
export const TEMPLATE_HEADERS: Readonly<Record<TableField, string>> = {
  period: 'Kỳ',
  unit: 'Đơn vị',
  measure: 'Nhóm hoặc chỉ tiêu',
  score: 'Điểm',
  ratio: 'Tỷ lệ (%)',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
};

/** `2025-08`, `08/2025`, `8/2025`, `T8/2025`, `Tháng 8/2025`, `2025-Q3`, `Quý 3/2025`, `2025`. */
export function readPeriod(text: string): string | null {
  const t = searchKey(text).replace(/\s+/g, '');
  let m = /^(\d{4})-(\d{1,2})$/.exec(t) ?? null;
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(?:t|thang)?(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^(\d{4})-?q([1-4])$/.exec(t) ?? /^(?:q|quy)([1-4])[/.-](\d{4})$/.exec(t);
  if (m) {
    const [year, quarter] = t.startsWith('q') ? [m[2], m[1]] : [m[1], m[2]];
    return periodKey({ type: 'quarter', year: Number(year), number: Number(quarter) });
  }
  m = /^(?:nam)?(\d{4})$/.exec(t);
  if (m) return valid(Number(m[1])) ? (m[1] ?? null) : null;
  return null;
}

const valid = (year: number) => year >= 2000 && year <= 2100;

function month(year: number, n: number): string | null {
  if (!valid(year) || n < 1 || n > 12) return null;
  return periodKey({ type: 'month', year, number: n });
}

export interface Measure {
  group: GroupOrTotal;
  criterion: string | null;
}

const TOTAL_WORDS = ['total', 'tong', 'tong diem', 'tong hop', 'tong diem 100'];

/** A group code or name, TOTAL, or a criterion code of the catalogue; null otherwise. */
export function readMeasure(text: string): Measure | null {
  const trimmed = text.trim();
  const key = headerKey(trimmed);
  if (key === '') return null;
  if (TOTAL_WORDS.includes(key)) return { group: 'TOTAL', criterion: null };
  const upper = trimmed.toUpperCase();
  if ((GROUP_CODES as readonly string[]).includes(upper)) {
    return { group: upper as GroupCode, criterion: null };
  }
  const named = GROUPS.find((g) => headerKey(g.name) === key || headerKey(g.nameEn) === key);
  if (named) return { group: named.code, criterion: null };
  const info = criterionInfo(upper);
  return info ? { group: info.group, criterion: info.code } : null;
}
