import { beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { indexPeriod } from '../../lib/report/period-index';
import type { ReportModel } from '../../lib/report/report-model';
import { renderReportText } from '../../lib/report/report-text';
import { siblingRank } from '../../lib/report/sibling-rank';
import {
  type RawUnit,
  rawBelow,
  rawNeeded,
  rawRank,
  rawTotal,
  rawUnits,
  vnCount,
  vnDecimal,
} from '../support/report-expect';
import { augustReport, loadSnapshots, PHU_THO } from '../support/report-fixtures';

const august = rawUnits(8);
const july = rawUnits(7);

function ofKind(units: Map<string, RawUnit>, kind: RawUnit['kind']) {
  return [...units.values()].filter((u) => u.kind === kind && rawTotal(u) !== null);
}
const communes = ofKind(august, 'COMMUNE');
const totals = communes.map((u) => rawTotal(u) ?? 0);
/** A commune sharing its total with another, below first place: competition ranking shows. */
const tied = communes.find((u) => {
  const t = rawTotal(u) ?? 0;
  return totals.filter((x) => Math.abs(x - t) < 1e-9).length > 1 && rawRank(totals, t) > 1;
});

describe('report of a commune of Phú Thọ, 08/2026', () => {
  let snapshots: SnapshotData[];
  let model: ReportModel;
  let text: string;

  beforeAll(async () => {
    ({ snapshots } = await loadSnapshots('report-commune'));
    if (!tied) throw new Error('the fixture has no tied commune');
    model = augustReport(snapshots, tied.id);
    text = renderReportText(model);
  });

  it('ranks the commune among communes only, ties sharing a rank', () => {
    const total = rawTotal(tied) ?? 0;
    expect(communes).toHaveLength(148);
    expect(model.total).toMatchObject({ score: total, source: 'sum-of-groups' });
    expect(model.rank).toEqual({
      rank: rawRank(totals, total),
      of: 148,
      kind: 'COMMUNE',
      parentId: PHU_THO,
      parentName: 'UBND tỉnh Phú Thọ',
      source: 'sum-of-groups',
    });
    expect(text).toContain(
      `đạt ${vnDecimal(total)}/100 điểm (cộng điểm sáu nhóm chỉ số), xếp thứ ${rawRank(totals, total)}/148 xã, phường`,
    );
  });

  it('gives every commune and every agency its rank among its own kind', () => {
    const index = indexPeriod(snapshots, '2026-08');
    for (const kind of ['COMMUNE', 'AGENCY'] as const) {
      const peers = ofKind(august, kind);
      const peerTotals = peers.map((u) => rawTotal(u) ?? 0);
      for (const unit of peers) {
        const result = siblingRank(index, unit.id);
        expect(result.ok && result.rank, unit.name).toMatchObject({
          rank: rawRank(peerTotals, rawTotal(unit) ?? 0),
          of: peers.length,
          kind,
        });
      }
    }
    // Ties are really there, so "1, 2, 2, 4" is exercised.
    expect(new Set(totals).size).toBeLessThan(totals.length);
  });

  it('gives the six group scores and the month table with July’s rank', () => {
    for (const group of model.groups) {
      expect(group.score, group.code).toBe(tied?.groups[group.code]);
      expect(group.deltaPrev.delta).toBeCloseTo(
        (tied?.groups[group.code] ?? 0) - (july.get(tied?.id ?? '')?.groups[group.code] ?? 0),
        9,
      );
    }
    const julyCommunes = ofKind(july, 'COMMUNE');
    const julyTotal = rawTotal(july.get(tied?.id ?? '')) ?? 0;
    const julyTotals = julyCommunes.map((u) => rawTotal(u) ?? 0);
    expect(model.monthTable.map((r) => [r.month, r.total, r.rank])).toEqual([
      [7, julyTotal, { rank: rawRank(julyTotals, julyTotal), of: julyCommunes.length }],
      [8, rawTotal(tied), { rank: model.rank?.rank, of: 148 }],
    ]);
  });

  it('judges the commune’s own criteria and has no appendix', () => {
    const expected = tied ? rawBelow(tied, DEFAULT_PROFILE.rules) : [];
    expect(expected.length).toBeGreaterThan(0);
    expect(model.belowTarget.map((c) => c.code).sort()).toEqual(expected.map((c) => c.code).sort());
    for (const e of expected) {
      const c = model.belowTarget.find((x) => x.code === e.code);
      const needed = rawNeeded(e.numerator ?? 0, e.denominator ?? 0, e.target);
      expect(c, e.code).toMatchObject({ value: e.value, target: e.target, needed });
      expect(text).toContain(`cần thêm ${vnCount(needed)} ${c?.itemWord.vi}`);
    }
    expect(model.appendix).toEqual([]);
    expect(model.gaps).toEqual([]);
  });
});
