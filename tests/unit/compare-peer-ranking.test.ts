import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { tiedRankText } from '../../lib/compare/labels';
import { type PeerRanking, peerRanking } from '../../lib/compare/peer-ranking';
import type { KindFilter } from '../../lib/compare/period-data';
import { GROUP_CODES } from '../../lib/model/groups';
import { NATION_UNIT_ID } from '../../lib/model/observation';
import { countRank, PHU_THO, type RawUnit, rawTotal, SETTINGS } from '../support/compare-fixtures';
import { AUGUST, JULY, storeOneAnswer, storeTwoMonths } from '../support/two-month-suite';

/** The DEFAULT_RATING_BANDS cut-offs, restated. */
function expectedRating(total: number | null): string | null {
  if (total === null) return null;
  return total >= 90 ? 'Xuất sắc' : total >= 70 ? 'Tốt' : total >= 50 ? 'Trung bình' : 'Yếu';
}

const ofKind = (units: Map<string, RawUnit>, kind: KindFilter) =>
  [...units.values()].filter((u) => kind === 'all' || u.kind === kind);

function run(snapshots: SnapshotData[], kind: KindFilter, rankAmong?: 'kind' | 'children') {
  const table = peerRanking(snapshots, SETTINGS, {
    rootUnitId: PHU_THO,
    periodKey: '2026-08',
    kind,
    ...(rankAmong ? { rankAmong } : {}),
  });
  if (!table) throw new Error('no peer ranking');
  return table;
}

describe('peer ranking of Phú Thọ, 08/2026 against 07/2026', () => {
  const stored = storeTwoMonths('compare-peer');

  for (const kind of ['COMMUNE', 'AGENCY', 'all'] as const) {
    it(`matches an independent ranking from the raw fixtures (${kind})`, () => {
      const table = run(stored.snapshots, kind);
      const now = ofKind(AUGUST, kind);
      const before = ofKind(JULY, kind);
      expect(table.rows).toHaveLength(now.length);
      expect(table.rows.length).toBe(kind === 'COMMUNE' ? 148 : kind === 'AGENCY' ? 15 : 163);
      expect(table.previous).toBe('compared');
      expect(table.provisional).toBe(false);
      const totals = now.map(rawTotal);
      const julyTotals = before.map(rawTotal);
      let moved = 0;
      for (const row of table.rows) {
        const raw = AUGUST.get(row.unit.id) as RawUnit;
        expect(row.unit.kind).toBe(raw.kind);
        for (const g of GROUP_CODES) {
          const scores = now.map((u) => u.groups[g] ?? null);
          const mine = raw.groups[g] ?? null;
          expect(row.groups[g].score, `${raw.name} ${g}`).toBe(mine);
          expect(row.groups[g].rank?.rank, `${raw.name} ${g} rank`).toBe(countRank(scores, mine));
          expect(row.groups[g].rank?.of).toBe(now.length);
          expect(row.groups[g].rank?.tied).toBe(scores.filter((s) => s === mine).length);
        }
        const total = rawTotal(raw);
        expect(row.total).toBe(total);
        expect(row.totalSource).toBe('sum-of-groups');
        expect(row.totalRank?.rank).toBe(countRank(totals, total));
        expect(row.totalRank?.tied).toBe(totals.filter((t) => t === total).length);
        expect(row.rating?.label ?? null).toBe(expectedRating(total));
        const julyTotal = rawTotal(JULY.get(row.unit.id) as RawUnit);
        expect(row.previousTotal).toBe(julyTotal);
        expect(row.deltaTotal).toBe(Math.round(((total ?? 0) - (julyTotal ?? 0)) * 100) / 100);
        // Two decimals exactly: no float noise such as −0.47000000000000064.
        expect(String(row.deltaTotal)).toMatch(/^-?\d+(\.\d{1,2})?$/);
        const julyRank = countRank(julyTotals, julyTotal) as number;
        expect(row.previousRank).toBe(julyRank);
        expect(row.rankChange).toBe(julyRank - (row.totalRank?.rank as number));
        if (row.rankChange !== 0) moved++;
      }
      // The derived July reorders units, so the rank changes are not all zero by accident.
      expect(moved).toBeGreaterThan(now.length / 3);
    });
  }

  it('lists the best total first and says how many share a group rank', () => {
    const table = run(stored.snapshots, 'COMMUNE');
    const ranks = table.rows.map((r) => r.totalRank?.rank ?? Number.POSITIVE_INFINITY);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Transparency repeats the province's values on every commune: all 148 share rank 1.
    const first = table.rows[0]?.groups.CKMB.rank;
    expect(first).toEqual({ rank: 1, of: 148, tied: 148 });
    expect(tiedRankText(first?.rank ?? 0, first?.tied ?? 0)).toBe('đồng hạng 1, 148 đơn vị');
    expect(tiedRankText(3, 1, 'en')).toBe('rank 3');
  });

  it('ranks among all children when asked, while listing communes only', () => {
    const among = run(stored.snapshots, 'COMMUNE', 'children');
    const all = run(stored.snapshots, 'all');
    const rankInAll = new Map(all.rows.map((r) => [r.unit.id, r.totalRank]));
    expect(among.rows).toHaveLength(148);
    for (const row of among.rows) expect(row.totalRank).toEqual(rankInAll.get(row.unit.id));
    expect(among.rows.some((r) => r.totalRank?.of === 163)).toBe(true);
  });

  it('keeps a missing group score null: no total, no rank, and nobody else moves', () => {
    const target = run(stored.snapshots, 'COMMUNE').rows[5]?.unit.id ?? '';
    const edited = stored.snapshots.map((s) =>
      s.capture.periodKey === '2026-08' && s.capture.subject === 'TDGQ'
        ? {
            ...s,
            observations: s.observations.map((o) =>
              o.unitId === target && o.criterion === null ? { ...o, score: null } : o,
            ),
          }
        : s,
    );
    const table = run(edited, 'COMMUNE');
    const row = table.rows.find((r) => r.unit.id === target);
    expect(row?.groups.TDGQ).toEqual({ score: null, rank: { rank: null, of: 147, tied: 0 } });
    expect(row).toMatchObject({ total: null, totalSource: null, rating: null, deltaTotal: null });
    expect(row?.totalRank).toEqual({ rank: null, of: 147, tied: 0 });
    expect(row?.rankChange).toBeNull();
    expect(table.rows.at(-1)?.unit.id).toBe(target);
    const others = table.rows.filter((r) => r.unit.id !== target);
    const totals = others.map((r) => r.total);
    for (const r of others) expect(r.totalRank?.rank).toBe(countRank(totals, r.total));
  });

  it('has no total at all when a group was not captured, and says which', () => {
    const without = stored.snapshots.filter(
      (s) => !(s.capture.periodKey === '2026-08' && s.capture.subject === 'MDSH'),
    );
    const table = run(without, 'all');
    expect(table.groups.find((g) => g.code === 'MDSH')?.captured).toBe(false);
    expect(table.rows.every((r) => r.total === null && r.totalRank?.rank === null)).toBe(true);
    expect(table.rows.every((r) => r.groups.MDSH.score === null)).toBe(true);
    expect(table.rows.every((r) => r.groups.CKMB.score !== null)).toBe(true);
  });

  it('never compares with a provisional period', () => {
    const open = stored.snapshots.map((s) =>
      s.capture.periodKey === '2026-08'
        ? { ...s, capture: { ...s.capture, periodClosed: false } }
        : s,
    );
    const table = run(open, 'all');
    expect(table.provisional).toBe(true);
    expect(table.previous).toBe('provisional');
    for (const row of table.rows) {
      expect(row).toMatchObject({ deltaTotal: null, deltaReason: 'provisional', rankChange: null });
      expect(row.previousTotal).not.toBeNull();
    }
  });

  it('says the previous month is missing when only August is stored', () => {
    const table = run(
      stored.snapshots.filter((s) => s.capture.periodKey === '2026-08'),
      'all',
    );
    expect(table.previous).toBe('missing');
    expect(table.previousPeriodKey).toBe('2026-07');
    expect(table.rows.every((r) => r.deltaReason === 'missing' && r.rankChange === null)).toBe(
      true,
    );
  });

  it('is null for a root or period with nothing stored', () => {
    expect(
      peerRanking(stored.snapshots, SETTINGS, { rootUnitId: PHU_THO, periodKey: '2026-06' }),
    ).toBeNull();
    expect(
      peerRanking(stored.snapshots, SETTINGS, { rootUnitId: 'x', periodKey: '2026-08' }),
    ).toBeNull();
  });
});

interface SummaryRow {
  departmentId: string;
  departmentName: string;
  totalScore: number;
  childGroup?: string;
  groupScores?: Record<string, number>;
}
const summary = (file: string) =>
  JSON.parse(readFileSync(`tests/fixtures/portal-2026/${file}`, 'utf8')).data as {
    evaluation: SummaryRow[];
  };

describe('peer ranking on the portal TOTAL', () => {
  it('uses the Gia Lai summary totals, ranks communes apart, and counts a 127-way tie', async () => {
    const snapshots = await storeOneAnswer('gia-lai-2026-02/service-results.json', 'gia-lai');
    const rootUnitId = snapshots[0]?.capture.rootUnitId ?? '';
    const raw = summary('gia-lai-2026-02/service-results.json').evaluation;
    const table = peerRanking(snapshots, SETTINGS, {
      rootUnitId,
      periodKey: '2026-02',
      kind: 'COMMUNE',
    }) as PeerRanking;
    const communes = raw.filter((r) => r.childGroup === 'COMMUNE');
    expect(table.rows).toHaveLength(135);
    const scores = communes.map((c) => c.totalScore);
    for (const row of table.rows) {
      const mine = communes.find((c) => c.departmentId === row.unit.id) as SummaryRow;
      expect(row.total).toBe(mine.totalScore);
      expect(row.totalSource).toBe('portal');
      expect(row.totalRank?.rank).toBe(countRank(scores, mine.totalScore));
      // No group endpoint was captured: group cells stay empty, they are not 0.
      for (const g of GROUP_CODES)
        expect(row.groups[g]).toEqual({ score: null, rank: expect.anything() });
    }
    const at16 = table.rows.find((r) => r.total === 16)?.totalRank;
    expect(at16?.tied).toBe(communes.filter((c) => c.totalScore === 16).length);
    expect(at16?.tied).toBeGreaterThan(100);
    expect(table.groups.every((g) => !g.captured)).toBe(true);
  });

  it('ranks the 34 provinces of the national summary, with their six groups, as provisional', async () => {
    const snapshots = await storeOneAnswer('national-2026/service-results.json', 'national');
    const raw = summary('national-2026/service-results.json').evaluation;
    const table = peerRanking(snapshots, SETTINGS, {
      rootUnitId: NATION_UNIT_ID,
      periodKey: '2026',
    }) as PeerRanking;
    expect(table.rows).toHaveLength(34);
    expect(table.provisional).toBe(true);
    expect(table.groups.every((g) => g.captured)).toBe(true);
    for (const row of table.rows) {
      const mine = raw.find((r) => r.departmentId === row.unit.id) as SummaryRow;
      expect(row.total).toBe(mine.totalScore);
      expect(row.totalRank?.rank).toBe(
        countRank(
          raw.map((r) => r.totalScore),
          mine.totalScore,
        ),
      );
      for (const g of GROUP_CODES) {
        const scores = raw.map((r) => r.groupScores?.[g] ?? null);
        expect(row.groups[g].score).toBe(mine.groupScores?.[g]);
        expect(row.groups[g].rank?.rank).toBe(countRank(scores, mine.groupScores?.[g] ?? null));
      }
    }
  });
});
