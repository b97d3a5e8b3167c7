import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import type { ReportModel } from '../../lib/report/report-model';
import { renderReportText } from '../../lib/report/report-text';
import {
  GROUP_OF_FILE,
  rawBelow,
  rawCriterion,
  rawNeeded,
  rawRating,
  rawTotal,
  rawUnits,
  round2,
  vnAsOf,
  vnCount,
  vnDecimal,
} from '../support/report-expect';
import { augustReport, loadSnapshots, PHU_THO } from '../support/report-fixtures';

const august = rawUnits(8);
const july = rawUnits(7);
const province = august.get(PHU_THO);

describe('report of UBND tỉnh Phú Thọ, 08/2026', () => {
  let model: ReportModel;
  let text: string;

  beforeAll(async () => {
    const { snapshots } = await loadSnapshots('report-province');
    model = augustReport(snapshots, PHU_THO);
    text = renderReportText(model);
  });

  it('totals the six groups the portal published, and says it summed them', () => {
    const total = rawTotal(province);
    expect(total).not.toBeNull();
    expect(model.total).toMatchObject({ score: total, source: 'sum-of-groups', missingGroups: [] });
    expect(model.unit).toMatchObject({ id: PHU_THO, name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' });
    expect(model.total.rating?.label).toBe(rawRating(total ?? 0));
    expect(text).toContain(
      `Tổng số điểm của UBND tỉnh Phú Thọ đạt ${vnDecimal(total ?? 0)}/100 điểm (cộng điểm sáu nhóm chỉ số)`,
    );
    expect(text).toContain(`xếp loại ${rawRating(total ?? 0).toLocaleUpperCase('vi')}.`);
  });

  it('gives each group its score, maximum and change since July', () => {
    const maxima: Record<string, number> = {
      CKMB: 18,
      TDGQ: 20,
      CLGQ: 12,
      TTTT: 10,
      MDHL: 18,
      MDSH: 22,
    };
    expect(model.groups.map((g) => g.code)).toEqual(Object.values(GROUP_OF_FILE));
    for (const group of model.groups) {
      const now = province?.groups[group.code] ?? null;
      const before = july.get(PHU_THO)?.groups[group.code] ?? null;
      expect(group, group.code).toMatchObject({
        score: now,
        max: maxima[group.code],
        stored: true,
      });
      expect(group.deltaPrev.comparable).toBe(true);
      expect(group.deltaPrev.delta).toBeCloseTo((now ?? 0) - (before ?? 0), 9);
      expect(text).toContain(`${vnDecimal(now ?? 0)}/${maxima[group.code]} điểm`);
    }
    expect(text).toContain(
      `công khai, minh bạch đạt ${vnDecimal(province?.groups.CKMB ?? 0)}/18 điểm`,
    );
  });

  it('compares the total with July, and not with a year not stored', () => {
    const now = rawTotal(province) ?? 0;
    const before = rawTotal(july.get(PHU_THO)) ?? 0;
    expect(model.total.deltaPrev).toMatchObject({ comparable: true, previous: before });
    expect(model.total.deltaPrev.delta).toBeCloseTo(now - before, 9);
    expect(model.total.deltaPrevYear).toMatchObject({ comparable: false, reason: 'missing' });
    const size = vnDecimal(round2(Math.abs(now - before)));
    expect(text).toContain(`So với tháng 07/2026: ${now > before ? 'tăng' : 'giảm'} ${size} điểm`);
  });

  it('lists each criterion below target with its value, gap and what it takes', () => {
    const expected = province ? rawBelow(province, DEFAULT_PROFILE.rules) : [];
    expect(expected.length).toBeGreaterThan(0);
    expect(model.belowTarget.map((c) => c.code).sort()).toEqual(expected.map((c) => c.code).sort());
    for (const e of expected) {
      const c = model.belowTarget.find((x) => x.code === e.code);
      const needed = rawNeeded(e.numerator ?? 0, e.denominator ?? 0, e.target);
      expect(c, e.code).toMatchObject({
        value: e.value,
        target: e.target,
        numerator: e.numerator,
        denominator: e.denominator,
        needed,
      });
      expect(c?.gap).toBeCloseTo((e.value ?? 0) - e.target, 9);
      expect(text).toContain(
        `cần thêm ${vnCount(needed)} ${c?.itemWord.vi} (trên tổng số ${vnCount(e.denominator ?? 0)} ${c?.itemWord.vi}) để đạt ${e.target}%`,
      );
    }
    // reports.md §1.7 quotes this very figure for this province and month.
    expect(text).toContain('cần thêm 92.784 hồ sơ');
    expect(
      model.belowTarget.find((c) => c.code === 'PETITION_PROCESSING_ON_TIME')?.itemWord.vi,
    ).toBe('PAKN');
    // Met and 0 ÷ 0 criteria are kept apart from failures.
    expect(model.metTarget.map((c) => c.code).sort()).toEqual([
      'ONLINE_DOSSIER_SHARE',
      'ONLINE_PAYMENT_SHARE',
    ]);
    expect(model.targetNoData.map((c) => c.code)).toEqual(['PUBLISH_ON_TIME']);
  });

  it('puts in the appendix every child below each target, worst first', () => {
    expect(model.appendix.map((s) => s.code)).toEqual(model.belowTarget.map((c) => c.code));
    expect(model.appendix.every((s) => s.rows.length > 0)).toBe(true);
    for (const section of model.appendix) {
      const rows = [...august.values()]
        .filter((u) => u.id !== PHU_THO)
        .map((u) => ({ u, c: rawCriterion(u, section.code) }))
        .filter((x) => x.c !== null);
      const judged = rows.filter((x) => x.c?.value !== null);
      const below = judged
        .filter((x) => (x.c?.value ?? 0) < section.target)
        .sort(
          (a, b) =>
            (a.c?.value ?? 0) - (b.c?.value ?? 0) ||
            a.u.name.localeCompare(b.u.name, 'vi') ||
            a.u.id.localeCompare(b.u.id),
        );
      expect(section.childrenJudged, section.code).toBe(judged.length);
      expect(section.childrenWithoutData, section.code).toBe(rows.length - judged.length);
      expect(
        section.rows.map((r) => r.unitId),
        section.code,
      ).toEqual(below.map((x) => x.u.id));
      section.rows.forEach((row, i) => {
        const raw = below[i]?.c;
        expect(row.value).toBe(raw?.value);
        expect(row.needed).toBe(
          rawNeeded(raw?.numerator ?? 0, raw?.denominator ?? 0, section.target),
        );
      });
    }
    expect(text).toContain('PHỤ LỤC');
  });

  it('tabulates the stored months of 2026 and says when the data were taken', () => {
    expect(model.monthTable).toEqual(
      ([7, 8] as const).map((m) => {
        const total = rawTotal((m === 7 ? july : august).get(PHU_THO));
        return {
          periodKey: `2026-0${m}`,
          month: m,
          total,
          totalSource: 'sum-of-groups',
          rating: expect.objectContaining({ label: rawRating(total ?? 0) }),
          rank: null,
          provisional: false,
        };
      }),
    );
    const index = JSON.parse(readFileSync('tests/fixtures/portal-2026/captures.json', 'utf8'));
    const newest = index.captures
      .filter((c: { file: string }) => c.file.startsWith('phu-tho-2026-08/'))
      .map((c: { capturedAt: string }) => c.capturedAt)
      .sort((a: string, b: string) => Date.parse(a) - Date.parse(b))
      .at(-1);
    expect(Date.parse(model.asOf.capturedAt ?? '')).toBe(Date.parse(newest));
    expect(model.asOf).toMatchObject({ provisional: false, periodClosedNow: true });
    expect(text).toContain(`Số liệu tính đến ${vnAsOf(newest)}.`);
    expect(text).not.toContain('tạm tính, còn thay đổi');
  });

  it('states why there is no rank instead of inventing one', () => {
    expect(model.rank).toBeNull();
    expect(model.gaps).toContainEqual({ kind: 'no-siblings' });
    expect(text).not.toContain('xếp thứ');
    expect(text).toContain('Chưa lưu số liệu của các tỉnh, thành phố cùng cấp');
  });
});
