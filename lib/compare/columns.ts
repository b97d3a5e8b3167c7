import type { Locale } from '../format/vietnamese';
import { COMPARE_LABELS, compareLabel, kindLabel } from './labels';
import type { PeerRanking, PeerRow } from './peer-ranking';
import type { CellValue, TableColumn } from './table-sort';
import type { UnitsByCriteria, UnitsByCriteriaRow } from './units-by-criteria';
import type { UnitsByPeriods, UnitsByPeriodsRow } from './units-by-periods';

/**
 * The columns of each comparison table, in display order. Labels are Vietnamese and English;
 * values are numbers where the cell is a number, so CSV and workbook keep them numeric.
 */

const both = (vi: string, en: string): Record<Locale, string> => ({ vi, en });
const labelOf = (key: keyof typeof COMPARE_LABELS) => ({ ...COMPARE_LABELS[key] });

function unitColumns<Row extends { unit: PeerRow['unit'] }>(): TableColumn<Row>[] {
  return [
    { id: 'unit', label: labelOf('unit'), format: 'text', value: (r) => r.unit.name },
    { id: 'code', label: labelOf('code'), format: 'text', value: (r) => r.unit.code },
    {
      id: 'kind',
      label: labelOf('kind'),
      format: 'text',
      value: (r, locale) => kindLabel(r.unit.kind, locale),
    },
  ];
}

const bit = (value: boolean | null): CellValue => (value === null ? null : value ? 1 : 0);

/** Unit, code, kind; score and rank of each group; total, its source and rank; rating; changes. */
export function peerColumns(table: Pick<PeerRanking, 'groups'>): TableColumn<PeerRow>[] {
  const groups = table.groups.flatMap((g): TableColumn<PeerRow>[] => [
    {
      id: `${g.code}.score`,
      label: both(`${g.name} (/${g.maxScore})`, `${g.code} (/${g.maxScore})`),
      format: 'decimal',
      value: (r) => r.groups[g.code].score,
    },
    {
      id: `${g.code}.rank`,
      label: both(`Hạng ${g.name}`, `${g.code} rank`),
      format: 'integer',
      value: (r) => r.groups[g.code].rank?.rank ?? null,
    },
  ]);
  return [
    ...unitColumns<PeerRow>(),
    ...groups,
    { id: 'total', label: labelOf('total'), format: 'decimal', value: (r) => r.total },
    {
      id: 'totalSource',
      label: labelOf('totalSource'),
      format: 'text',
      value: (r, locale) =>
        r.totalSource === 'portal'
          ? compareLabel('sourcePortal', locale)
          : r.totalSource === 'sum-of-groups'
            ? compareLabel('sourceSum', locale)
            : null,
    },
    {
      id: 'totalRank',
      label: labelOf('totalRank'),
      format: 'integer',
      value: (r) => r.totalRank?.rank ?? null,
    },
    {
      id: 'tied',
      label: both('Số đơn vị đồng hạng', 'Units sharing the rank'),
      format: 'integer',
      value: (r) => (r.totalRank?.rank == null ? null : r.totalRank.tied),
    },
    {
      id: 'rating',
      label: labelOf('rating'),
      format: 'text',
      value: (r, locale) =>
        r.rating ? (locale === 'en' ? (r.rating.labelEn ?? r.rating.label) : r.rating.label) : null,
    },
    {
      id: 'deltaTotal',
      label: labelOf('deltaTotal'),
      format: 'decimal',
      value: (r) => r.deltaTotal,
    },
    {
      id: 'rankChange',
      label: labelOf('rankChange'),
      format: 'integer',
      value: (r) => r.rankChange,
    },
  ];
}

/** Unit, code, kind; per period its value and change, and for a criterion whether it met its target. */
export function periodColumns(table: Pick<UnitsByPeriods, 'periods' | 'measure'>) {
  const criterion = table.measure.type === 'criterion';
  const perPeriod = table.periods.flatMap((p, i): TableColumn<UnitsByPeriodsRow>[] => {
    const cell = (r: UnitsByPeriodsRow) => r.cells[i];
    const columns: TableColumn<UnitsByPeriodsRow>[] = [
      {
        id: p.key,
        label: both(p.label, p.key),
        format: 'decimal',
        value: (r) => cell(r)?.value ?? null,
      },
      {
        id: `${p.key}.delta`,
        label: both(`${p.label} ±`, `${p.key} ±`),
        format: 'decimal',
        value: (r) => cell(r)?.delta ?? null,
      },
    ];
    if (criterion) {
      columns.push({
        id: `${p.key}.met`,
        label: both(`${p.label} đạt mục tiêu`, `${p.key} target met`),
        format: 'integer',
        value: (r) => {
          const status = cell(r)?.target?.status;
          return bit(status === 'met' ? true : status === 'not-met' ? false : null);
        },
      });
    }
    return columns;
  });
  return [...unitColumns<UnitsByPeriodsRow>(), ...perPeriod];
}

/** Unit, code, kind; per criterion its ratio and, below target, the gap; the count below. */
export function criteriaColumns(table: Pick<UnitsByCriteria, 'columns'>) {
  const perCriterion = table.columns.flatMap((c, i): TableColumn<UnitsByCriteriaRow>[] => [
    {
      id: c.code,
      label: both(`${c.name} (%)`, `${c.nameEn} (%)`),
      format: 'decimal',
      value: (r) => r.cells[i]?.value ?? null,
    },
    {
      id: `${c.code}.gap`,
      label: both(`${c.name}: còn thiếu (điểm %)`, `${c.nameEn}: gap (pp)`),
      format: 'decimal',
      value: (r) => r.cells[i]?.gap ?? null,
    },
  ]);
  return [
    ...unitColumns<UnitsByCriteriaRow>(),
    ...perCriterion,
    {
      id: 'belowCount',
      label: labelOf('belowCount'),
      format: 'integer',
      value: (r: UnitsByCriteriaRow) => r.belowCount,
    },
  ] satisfies TableColumn<UnitsByCriteriaRow>[];
}

/** Units × criteria: some criterion below target. */
export const criteriaRowBelowTarget = (row: UnitsByCriteriaRow): boolean => row.belowCount > 0;

/** Units × periods: the latest period with a value is below its target. */
export function periodsRowBelowTarget(row: UnitsByPeriodsRow): boolean {
  const latest = [...row.cells].reverse().find((c) => c.value !== null);
  return latest?.target?.status === 'not-met';
}
