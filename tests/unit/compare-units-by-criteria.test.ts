import { beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { criteriaRowBelowTarget } from '../../lib/compare/columns';
import { filterRows } from '../../lib/compare/table-sort';
import {
  belowTargetLines,
  type UnitsByCriteria,
  unitsByCriteria,
} from '../../lib/compare/units-by-criteria';
import {
  PHU_THO,
  type RawUnit,
  rawChildren,
  SETTINGS,
  twoMonthSnapshots,
} from '../support/compare-fixtures';

const AUGUST = rawChildren('2026-08');
const round2 = (x: number) => Math.round(x * 100) / 100;

/** What the compared ratio of a criterion is, read from the raw JSON. */
function rawValue(unit: RawUnit, code: string): number | null {
  if (code === 'ONLINE_PAYMENT_SHARE') {
    const row = unit.rows.TTTT;
    const num = row?.totalDossierOnlinePaymentSuccess as number | undefined;
    const den = row?.totalDossierFinancialObligation as number | undefined;
    return num === undefined || den === undefined || den <= 0 ? null : (num / den) * 100;
  }
  // Children of provide-online-tree carry no channel counts: nothing to derive a share from.
  if (code === 'ONLINE_DOSSIER_SHARE') return null;
  const m = unit.metrics.get(code);
  return !m || m.denominator === 0 ? null : m.ratio;
}

const TARGETS: Record<string, number> = {
  PUBLISH_ON_TIME: 100,
  PETITION_PROCESSING_ON_TIME: 100,
  DOSSIER_RECEIVING_SATISFACTION: 92,
  REUSED_DIGITIZED_DATA: 52,
  ONLINE_DOSSIER_SHARE: 52,
  ONLINE_PAYMENT_SHARE: 47,
};

describe('units × criteria of Phú Thọ, 08/2026', () => {
  let snapshots: SnapshotData[] = [];
  let table: UnitsByCriteria;
  beforeAll(async () => {
    snapshots = await twoMonthSnapshots('compare-criteria');
    const out = unitsByCriteria(snapshots, SETTINGS, {
      rootUnitId: PHU_THO,
      periodKey: '2026-08',
      withTargetOnly: true,
      includeRoot: true,
    });
    if (!out) throw new Error('no table');
    table = out;
  });

  it('has the criteria with a target, in catalogue order, and the profile that set them', () => {
    expect(table.columns.map((c) => [c.code, c.target])).toEqual(
      [
        'PUBLISH_ON_TIME',
        'PETITION_PROCESSING_ON_TIME',
        'DOSSIER_RECEIVING_SATISFACTION',
        'REUSED_DIGITIZED_DATA',
        'ONLINE_DOSSIER_SHARE',
        'ONLINE_PAYMENT_SHARE',
      ].map((code) => [code, TARGETS[code]]),
    );
    expect(table.profileName).toBe('Mục tiêu 2024 (chỉ đạo cấp huyện)');
    expect(table.provisional).toBe(false);
  });

  it('marks every cell below target with its gap, checked against the raw fixture', () => {
    expect(table.rows[0]).toMatchObject({ isRoot: true, unit: { name: 'UBND tỉnh Phú Thọ' } });
    const children = table.rows.slice(1);
    expect(children).toHaveLength(163);
    let below = 0;
    for (const row of children) {
      const raw = AUGUST.get(row.unit.id) as RawUnit;
      let count = 0;
      table.columns.forEach((column, i) => {
        const cell = row.cells[i];
        const value = rawValue(raw, column.code);
        const target = TARGETS[column.code] as number;
        expect(cell?.value, `${raw.name} ${column.code}`).toBe(value);
        const isBelow = value !== null && value < target - 1e-9;
        expect(cell?.below).toBe(isBelow);
        expect(cell?.gap).toBe(isBelow ? round2((value as number) - target) : null);
        expect(cell?.target.status).toBe(value === null ? 'no-data' : isBelow ? 'not-met' : 'met');
        if (isBelow) count++;
      });
      expect(row.belowCount).toBe(count);
      below += count;
    }
    expect(below).toBeGreaterThan(100);
    expect(belowTargetLines(table)).toHaveLength(below + (table.rows[0]?.belowCount ?? 0));
  });

  it("lists the province's own criteria below target first, as its report quotes them", () => {
    const lines = belowTargetLines(table);
    const own = lines.filter((l) => l.isRoot);
    expect(lines.slice(0, own.length)).toEqual(own);
    expect(own.map((l) => [l.column.code, l.value, l.target, l.gap])).toEqual([
      ['PETITION_PROCESSING_ON_TIME', 73.68, 100, -26.32],
      ['DOSSIER_RECEIVING_SATISFACTION', 78.22, 92, -13.78],
      ['REUSED_DIGITIZED_DATA', 1.71, 52, -50.29],
    ]);
  });

  it('filters to units below target, of a kind, and by name without diacritics', () => {
    const communes = filterRows(
      table.rows,
      { kind: 'COMMUNE', belowTargetOnly: true },
      criteriaRowBelowTarget,
    );
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((r) => r.unit.kind === 'COMMUNE' && r.belowCount > 0)).toBe(true);
    const name = table.rows.find((r) => r.unit.kind === 'COMMUNE')?.unit.name ?? '';
    const plain = name
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/đ/g, 'd')
      .toLowerCase();
    const found = filterRows(table.rows, { search: plain.replace('ubnd ', '') });
    expect(found.map((r) => r.unit.name)).toContain(name);
    // Without a rule to call a row below target, the filter keeps nothing rather than everything.
    expect(filterRows(table.rows, { belowTargetOnly: true })).toEqual([]);
  });

  it('takes the columns asked for, every stored criterion by default', () => {
    const all = unitsByCriteria(snapshots, SETTINGS, { rootUnitId: PHU_THO, periodKey: '2026-08' });
    expect(all?.columns.length).toBeGreaterThan(15);
    expect(all?.rows.some((r) => r.isRoot)).toBe(false);
    const two = unitsByCriteria(snapshots, SETTINGS, {
      rootUnitId: PHU_THO,
      periodKey: '2026-08',
      criteria: ['DOSSIER_SYNC', 'NOT_A_CODE', 'PUBLIC_CONTENT_FULL'],
    });
    expect(two?.columns.map((c) => [c.code, c.target])).toEqual([
      ['DOSSIER_SYNC', null],
      ['PUBLIC_CONTENT_FULL', null],
    ]);
    expect(two?.rows.every((r) => r.belowCount === 0)).toBe(true);
  });
});
