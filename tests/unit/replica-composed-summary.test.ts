// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../lib/portal';
import { composedSummary } from '../replica/composed-summary';
import { DEFAULT_FIXTURES_DIR, DERIVED_FIXTURES_DIR, loadFixtures } from '../replica/fixture-index';
import { PHU_THO, rawChildren, rawTotal } from '../support/compare-fixtures';

const PATH = '/api/v1/reporting/evaluation/service-results';
const URL = `https://dichvucong.gov.vn${PATH}`;
const GIA_LAI = join(DEFAULT_FIXTURES_DIR, 'gia-lai-2026-02', 'service-results.json');

async function fixtures() {
  return [
    ...(await loadFixtures(DEFAULT_FIXTURES_DIR)),
    ...(await loadFixtures(DERIVED_FIXTURES_DIR)),
  ];
}

const request = (month: number) => ({
  timeType: 'month',
  year: 2026,
  month,
  rootDepartmentId: PHU_THO,
});

/** The keys of an object and of its nested objects, as `a.b` paths, arrays by their first item. */
function shape(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? shape(value[0], `${prefix}[]`) : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [
    `${prefix}${k}`,
    ...shape(v, `${prefix}${k}.`),
  ]);
}

describe('the replica composes Phú Thọ’s Tổng hợp from its six real group answers', () => {
  it('in the real province shape, each total the sum of the six groups, read by the extension', async () => {
    const all = await fixtures();
    const body = composedSummary(all, PATH, request(8));
    expect(body).not.toBeNull();
    const composed = JSON.parse(body?.toString('utf8') ?? '{}');
    // Every key the composed answer has, the real province summary has too.
    const real = shape(JSON.parse(readFileSync(GIA_LAI, 'utf8')));
    expect(shape(composed).filter((k) => !real.includes(k))).toEqual([]);

    const parsed = parseCapture({
      url: URL,
      requestBody: JSON.stringify(request(8)),
      status: 201,
      contentType: 'application/json; charset=utf-8',
      responseText: body?.toString('utf8') ?? '',
      capturedAt: new Date('2026-09-02T03:00:00Z'),
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const totals = new Map(
      parsed.value.observations
        .filter((o) => o.group === 'TOTAL' && o.criterion === null)
        .map((o) => [o.unitId, o.score]),
    );
    const children = rawChildren('2026-08');
    expect(children.size).toBe(163);
    for (const unit of children.values()) {
      expect(totals.get(unit.id), unit.name).toBe(rawTotal(unit));
    }
    const kinds = parsed.value.units.filter((u) => u.id !== PHU_THO).map((u) => u.kind);
    expect(kinds.filter((k) => k === 'AGENCY')).toHaveLength(15);
    expect(kinds.filter((k) => k === 'COMMUNE')).toHaveLength(148);
    // The root's total: its six group scores, read straight from the six files.
    const rootSum = [
      'transparency',
      'dvc-progress-tree',
      'provide-online-tree',
      'formality-online-payment-tree',
      'handling-satisfaction',
      'dossier-digitized',
    ].reduce((sum, file) => {
      const data = JSON.parse(
        readFileSync(join(DEFAULT_FIXTURES_DIR, 'phu-tho-2026-08', `${file}.json`), 'utf8'),
      ).data;
      const root = data.overview ?? data.parent;
      return sum + (root.totalScore ?? root.score);
    }, 0);
    expect(totals.get(PHU_THO)).toBe(Math.round(rootSum * 100) / 100);
  });

  it('only for a root and month whose six groups it holds', async () => {
    const all = await fixtures();
    expect(composedSummary(all, PATH, request(7))).not.toBeNull();
    expect(composedSummary(all, PATH, request(6))).toBeNull();
    expect(composedSummary(all, PATH, { ...request(8), formalityId: 'x' })).toBeNull();
    expect(composedSummary(all, `${PATH}x`, request(8))).toBeNull();
  });
});
