import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { buildReport } from '../../lib/report/build-report';
import { renderReportText } from '../../lib/report/report-text';
import { rawRank, rawUnits } from '../support/report-expect';
import { GIA_LAI, loadSnapshots, PHU_THO, rawData } from '../support/report-fixtures';

/** Reports built on partial, provisional or absent data say so instead of guessing. */

const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
const AFTER = new Date('2026-10-05T02:00:00Z');
const commune = [...rawUnits(8).values()].find((u) => u.kind === 'COMMUNE');
if (!commune) throw new Error('no commune in the fixture');

describe('a unit with groups missing', () => {
  it('has no total, names the missing groups, and no rank', async () => {
    const { snapshots } = await loadSnapshots('report-missing', {
      august: ['transparency', 'dvc-progress-tree', 'handling-satisfaction'],
      july: false,
    });
    const model = buildReport({
      snapshots,
      unitId: commune.id,
      period: '2026-08',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(model.hasData).toBe(true);
    expect(model.total).toMatchObject({
      score: null,
      source: null,
      missingGroups: ['CLGQ', 'TTTT', 'MDSH'],
    });
    expect(model.total.rating).toBeNull();
    expect(model.rank).toBeNull();
    expect(model.groups.map((g) => [g.code, g.stored, g.score])).toEqual([
      ['CKMB', true, commune.groups.CKMB],
      ['TDGQ', true, commune.groups.TDGQ],
      ['CLGQ', false, null],
      ['TTTT', false, null],
      ['MDHL', true, commune.groups.MDHL],
      ['MDSH', false, null],
    ]);
    expect(model.gaps).toEqual([
      { kind: 'missing-groups', groups: ['CLGQ', 'TTTT', 'MDSH'] },
      { kind: 'no-previous-period', periodKey: '2026-07' },
    ]);
    expect(model.monthTable).toEqual([
      expect.objectContaining({ month: 8, total: null, rank: null }),
    ]);
    const text = renderReportText(model);
    expect(text).toContain(
      `Chưa tính được tổng số điểm của ${commune.name}: chưa có số liệu nhóm Dịch vụ công trực tuyến; Thanh toán trực tuyến; Số hóa hồ sơ.`,
    );
    expect(text).toContain('dịch vụ công trực tuyến: chưa có số liệu');
    expect(text).toContain('08 | — | — | —');
    expect(text).not.toMatch(/Tổng số điểm của .* đạt/);
  });
});

describe('a provisional period', () => {
  const OPEN = '2026-08-20T03:00:00.000Z';

  it('warns that August was open at capture time and never compares it with July', async () => {
    const { snapshots } = await loadSnapshots('report-provisional', { augustObservedAt: OPEN });
    const model = buildReport({
      snapshots,
      unitId: PHU_THO,
      period: '2026-08',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(model.asOf).toEqual({
      capturedAt: OPEN,
      provisional: true,
      periodClosedNow: true,
      imported: false,
    });
    expect(model.total.score).not.toBeNull();
    expect(model.total.deltaPrev).toMatchObject({
      comparable: false,
      reason: 'provisional',
      delta: null,
    });
    for (const g of model.groups) expect(g.deltaPrev, g.code).toMatchObject({ comparable: false });
    expect(model.monthTable.map((r) => [r.month, r.provisional])).toEqual([
      [7, false],
      [8, true],
    ]);
    const text = renderReportText(model);
    expect(text).toContain('Số liệu tính đến 10 giờ 00 phút ngày 20/08/2026.');
    expect(text).toContain(
      'Lưu ý: số liệu được lưu khi tháng 08/2026 chưa kết thúc nên là số liệu tạm tính',
    );
    expect(text).toContain('So với tháng 07/2026: không so sánh (có số liệu tạm tính)');
    expect(text).toContain('Kỳ này nay đã kết thúc: mở lại trang Cổng');
    expect(text).toContain('08 (tạm tính) |');
    expect(text).not.toContain('(trong ngoặc là thay đổi');

    const during = buildReport({
      snapshots,
      unitId: PHU_THO,
      period: '2026-08',
      settings: SETTINGS,
      now: new Date('2026-08-21T00:00:00Z'),
    });
    expect(during.asOf.periodClosedNow).toBe(false);
    expect(renderReportText(during)).not.toContain('Kỳ này nay đã kết thúc');
  });

  it('ranks a province among the 34 on the portal’s own provisional year totals', async () => {
    const { snapshots } = await loadSnapshots('report-year', { national: true });
    const national = rawData('national-2026/service-results.json');
    const rows: {
      departmentId: string;
      totalScore: number;
      groupScores: Record<string, number>;
    }[] = national.evaluation;
    const mine = rows.find((r) => r.departmentId === PHU_THO);
    if (!mine) throw new Error('Phú Thọ not in the national summary');
    const model = buildReport({
      snapshots,
      unitId: PHU_THO,
      period: '2026',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(model.total).toMatchObject({ score: mine.totalScore, source: 'portal' });
    const rank = rawRank(
      rows.map((r) => r.totalScore),
      mine.totalScore,
    );
    expect(model.rank).toEqual({
      rank,
      of: 34,
      kind: 'PROVINCE',
      parentId: 'NATION',
      parentName: 'Cả nước',
      source: 'portal',
    });
    for (const g of model.groups) expect(g.score, g.code).toBe(mine.groupScores[g.code]);
    expect(model.asOf.provisional).toBe(true);
    expect(model.gaps).toContainEqual({ kind: 'no-criteria-data' });
    const text = renderReportText(model);
    expect(text).toContain(`xếp thứ ${rank}/34 tỉnh, thành phố`);
    expect(text).not.toContain('(cộng điểm sáu nhóm chỉ số)');
    expect(text).toContain('năm 2026 chưa kết thúc nên là số liệu tạm tính');
    // A year's previous period is last year: one comparison, not the same one twice.
    expect(text.match(/năm 2025/g)).toHaveLength(2);
  });
});

describe('a period with nothing stored', () => {
  it('is an honest "no data" model, with the stored months still tabulated', async () => {
    const { snapshots } = await loadSnapshots('report-quarter');
    const model = buildReport({
      snapshots,
      unitId: PHU_THO,
      period: '2026-Q3',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(model).toMatchObject({
      periodKey: '2026-Q3',
      hasData: false,
      total: { score: null, source: null, missingGroups: [], rating: null },
      rank: null,
      belowTarget: [],
      metTarget: [],
      targetNoData: [],
      appendix: [],
      asOf: { capturedAt: null, provisional: false, periodClosedNow: true, imported: false },
      gaps: [{ kind: 'no-data' }],
    });
    expect(model.unit.name).toBe('UBND tỉnh Phú Thọ');
    expect(model.groups.every((g) => !g.stored && g.score === null)).toBe(true);
    expect(model.monthTable.map((r) => r.month)).toEqual([7, 8]);
    const text = renderReportText(model);
    expect(text).toContain('Chưa lưu số liệu nào của UBND tỉnh Phú Thọ cho quý III/2026.');
    expect(text).not.toContain('Tổng số điểm');
    expect(text).not.toContain('Số liệu tính đến');

    const nobody = buildReport({
      snapshots,
      unitId: 'unknown',
      period: '2025-Q1',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(nobody.unit).toEqual({ id: 'unknown', name: null, code: null, kind: null });
    expect(nobody.monthTable).toEqual([]);
    expect(renderReportText(nobody)).toContain('Chưa lưu số liệu nào của đơn vị cho quý I/2025.');
  });

  it('rejects a period key it cannot read', async () => {
    expect(() =>
      buildReport({
        snapshots: [],
        unitId: PHU_THO,
        period: '2026-13',
        settings: SETTINGS,
        now: AFTER,
      }),
    ).toThrow(/2026-13/);
  });
});

describe('a province summary with portal totals for its children', () => {
  it('ranks a commune of Gia Lai among its communes on the portal’s totals', async () => {
    const { snapshots } = await loadSnapshots('report-gia-lai', {
      august: [],
      july: false,
      giaLai: true,
    });
    const data = rawData('gia-lai-2026-02/service-results.json');
    const rows: { departmentId: string; totalScore: number; childGroup: string }[] =
      data.evaluation;
    const communes = rows.filter((r) => r.childGroup === 'COMMUNE');
    const totals = communes.map((r) => r.totalScore);
    const tied = communes.find(
      (r) =>
        totals.filter((t) => t === r.totalScore).length > 1 && rawRank(totals, r.totalScore) > 1,
    );
    if (!tied) throw new Error('no tie among Gia Lai communes');
    const model = buildReport({
      snapshots,
      unitId: tied.departmentId,
      period: '2026-02',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(model.total).toMatchObject({
      score: tied.totalScore,
      source: 'portal',
      missingGroups: [],
    });
    expect(model.rank).toMatchObject({
      rank: rawRank(totals, tied.totalScore),
      of: communes.length,
      kind: 'COMMUNE',
      parentId: GIA_LAI,
      source: 'portal',
    });
    expect(model.groups.every((g) => !g.stored)).toBe(true);

    const root = buildReport({
      snapshots,
      unitId: GIA_LAI,
      period: '2026-02',
      settings: SETTINGS,
      now: AFTER,
    });
    expect(root.total).toMatchObject({ score: data.overview.totalScore, source: 'portal' });
    expect(root.rank).toBeNull();
    expect(root.gaps).toContainEqual({ kind: 'no-siblings' });
  });
});
