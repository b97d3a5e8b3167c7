import { GROUP_FILES, type GroupFile, rawData } from './report-fixtures';

/**
 * What the report tests expect, computed straight from the raw fixture JSON with plain
 * arithmetic and the domain brief's facts — never through lib/ code — so a bug in the
 * report core cannot hide in its own expectations.
 */

/** Domain brief §2.1: which endpoint details which group. */
export const GROUP_OF_FILE: Record<GroupFile, string> = {
  transparency: 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
};
const TREES: readonly GroupFile[] = [
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
];

export type Month = 7 | 8;
const dir = (month: Month) => (month === 7 ? 'phu-tho-2026-07' : 'phu-tho-2026-08');

// biome-ignore lint/suspicious/noExplicitAny: raw portal JSON
type Raw = any;

export interface RawUnit {
  id: string;
  name: string;
  kind: 'PROVINCE' | 'AGENCY' | 'COMMUNE';
  /** Group code → score as the file has it (null stays null). */
  groups: Record<string, number | null>;
  /** File → the unit's row (metric row, tree node). */
  rows: Partial<Record<GroupFile, Raw>>;
}

function kindOf(row: Raw, isRoot: boolean): RawUnit['kind'] {
  if (isRoot) return 'PROVINCE';
  const marker = row.departmentType ?? row.level;
  return marker === 'COMMUNE_PEOPLE_COMMITTEE' || marker === 'COMMUNE' ? 'COMMUNE' : 'AGENCY';
}

/** Every unit of a month with its six group scores, root included. */
export function rawUnits(month: Month): Map<string, RawUnit> {
  const units = new Map<string, RawUnit>();
  for (const file of GROUP_FILES) {
    const data = rawData(`${dir(month)}/${file}.json`);
    const tree = TREES.includes(file);
    const root = tree ? data.parent : data.overview;
    const children: Raw[] = tree ? data.children : data.evaluation;
    for (const [row, isRoot] of [[root, true], ...children.map((c) => [c, false])] as [
      Raw,
      boolean,
    ][]) {
      const unit: RawUnit = units.get(row.departmentId) ?? {
        id: row.departmentId,
        name: row.departmentName.normalize('NFC'),
        kind: kindOf(row, isRoot),
        groups: {},
        rows: {},
      };
      // Tree children call their score `score`, everything else `totalScore`.
      unit.groups[GROUP_OF_FILE[file]] = 'totalScore' in row ? row.totalScore : row.score;
      unit.rows[file] = row;
      units.set(row.departmentId, unit);
    }
  }
  return units;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

export function rawTotal(unit: RawUnit | undefined): number | null {
  if (!unit) return null;
  const scores = Object.values(GROUP_OF_FILE).map((g) => unit.groups[g]);
  if (scores.some((s) => typeof s !== 'number')) return null;
  return round2((scores as number[]).reduce((a, b) => a + b, 0));
}

/** Competition rank: one more than the number of strictly better totals. */
export function rawRank(totals: readonly number[], mine: number): number {
  return 1 + totals.filter((t) => t > mine + 1e-9).length;
}

export interface RawCriterion {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Domain brief §3.3–§3.4 and derived.ts's documented fields: counts on the tree nodes. */
const DERIVED: Record<string, { file: GroupFile; num: string; den: string }> = {
  ONLINE_DOSSIER_SHARE: {
    file: 'provide-online-tree',
    num: 'channelOnlineSum',
    den: 'channelTotalSum',
  },
  ONLINE_PAYMENT_SHARE: {
    file: 'formality-online-payment-tree',
    num: 'totalDossierOnlinePaymentSuccess',
    den: 'totalDossierFinancialObligation',
  },
};

/** A criterion of a unit; value null when there is nothing to judge (no ratio, or 0 ÷ 0). */
export function rawCriterion(unit: RawUnit, code: string): RawCriterion | null {
  const derived = DERIVED[code];
  if (derived) {
    const node = unit.rows[derived.file];
    if (!node || !(derived.num in node)) return null;
    const numerator = node[derived.num];
    const denominator = node[derived.den];
    const value = denominator > 0 ? (numerator / denominator) * 100 : null;
    return { value, numerator, denominator };
  }
  for (const row of Object.values(unit.rows)) {
    const metric = row?.metrics?.find((m: Raw) => m.code === code);
    if (!metric) continue;
    const value = metric.denominator === 0 ? null : metric.ratio;
    return { value, numerator: metric.numerator, denominator: metric.denominator };
  }
  return null;
}

/** The target rules a unit misses, with the raw numbers behind each. */
export function rawBelow(unit: RawUnit, rules: readonly { criterion: string; min: number }[]) {
  return rules.flatMap((rule) => {
    const c = rawCriterion(unit, rule.criterion);
    if (!c || c.value === null || c.value >= rule.min) return [];
    return [{ code: rule.criterion, target: rule.min, ...c }];
  });
}

/** ceil((target × den − 100 × num) / 100) in integer arithmetic (integer targets only). */
export function rawNeeded(num: number, den: number, target: number): number {
  const short = target * den - 100 * num;
  if (short <= 0) return 0;
  return Math.floor((short + 99) / 100);
}

/** "92.784": thousands with a dot. */
export function vnCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "59,92", "10,7": the number's own decimals with a comma (values below 1000). */
export const vnDecimal = (n: number) => String(n).replace('.', ',');

/** "22 giờ 14 phút ngày 28/09/2026": UTC + 7 h, Vietnam has no daylight saving. */
export function vnAsOf(iso: string): string {
  const t = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString();
  return `${t.slice(11, 13)} giờ ${t.slice(14, 16)} phút ngày ${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`;
}

/** Domain brief §5 default bands. */
export function rawRating(total: number): string {
  if (total >= 90) return 'Xuất sắc';
  if (total >= 70) return 'Tốt';
  if (total >= 50) return 'Trung bình';
  return 'Yếu';
}
