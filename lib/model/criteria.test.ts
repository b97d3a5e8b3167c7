import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DERIVED_CRITERIA } from '../portal/api2026/derived';
import {
  API_METRIC_CODES,
  CRITERIA,
  criteriaOfGroup,
  criterionInfo,
  fullScoreStatus,
  GROUPS_SCORED_BY_METRICS,
  groupInfo,
} from './criteria';
import { GROUP_CODES, type GroupCode } from './groups';

const FIXTURE_DIR = 'tests/fixtures/portal-2026/phu-tho-2026-08';

interface FixtureMetric {
  code: string;
  name: string;
  maxScore: number | null;
}

/** Every `metrics[]` entry anywhere in a response, so a new code cannot hide in a nested row. */
function collectMetrics(node: unknown, out: FixtureMetric[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectMetrics(item, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'metrics' && Array.isArray(value)) out.push(...(value as FixtureMetric[]));
    collectMetrics(value, out);
  }
}

const fixtureMetrics: FixtureMetric[] = [];
for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json'))) {
  collectMetrics(JSON.parse(readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8')), fixtureMetrics);
}

describe('criteria catalogue', () => {
  it('has one entry per code, API metrics and derived ratios alike', () => {
    const codes = CRITERIA.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...API_METRIC_CODES, ...DERIVED_CRITERIA.map((d) => d.code)]);
  });

  it('takes the derived names from the adapter instead of repeating them', () => {
    for (const d of DERIVED_CRITERIA) {
      expect(criterionInfo(d.code)).toMatchObject({
        name: d.name,
        nameEn: d.nameEn,
        group: d.group,
        derived: true,
      });
    }
  });

  it.each([
    ['CKMB', 18],
    ['MDHL', 18],
    ['MDSH', 22],
  ] as const)('API metric maxima of %s sum to the group maximum %i', (group, max) => {
    const sum = criteriaOfGroup(group)
      .filter((c) => !c.derived)
      .reduce((total, c) => total + (c.maxScore ?? 0), 0);
    expect(sum).toBe(max);
    expect(groupInfo(group).maxScore).toBe(max);
    expect(GROUPS_SCORED_BY_METRICS).toContain(group);
  });

  it.each(GROUP_CODES.map((g) => [g]))(
    'group %s is in the catalogue with its maximum',
    (group: GroupCode) => {
      expect(groupInfo(group).code).toBe(group);
      expect(criteriaOfGroup(group).every((c) => c.group === group)).toBe(true);
    },
  );

  it('group maxima add up to 100', () => {
    expect(GROUP_CODES.reduce((sum, g) => sum + groupInfo(g).maxScore, 0)).toBe(100);
  });

  it('knows every metric code in the Phú Thọ fixtures, with the portal name and maximum', () => {
    expect(fixtureMetrics.length).toBeGreaterThan(0);
    for (const metric of fixtureMetrics) {
      const info = criterionInfo(metric.code);
      expect(info, metric.code).not.toBeNull();
      expect(info?.name).toBe(metric.name);
      expect(info?.maxScore).toBe(metric.maxScore);
    }
    expect(new Set(fixtureMetrics.map((m) => m.code))).toEqual(new Set(API_METRIC_CODES));
  });

  it.each([
    ['DOSSIER_RECEIVING_SATISFACTION', 90, 6, 'applies'],
    ['REUSED_DIGITIZED_DATA', 80, 2, 'applies'],
    ['SO_HOA_GIAY_TO_GIAI_QUYET', 100, 4, 'applies'],
    ['PUBLISH_ON_TIME', 100, 6, 'province-only'],
    ['PETITION_CLASSIFICATION_TTHC', null, 0, 'applies'],
    ['PETITION_CLASSIFICATION_STAFF', null, 0, 'applies'],
    ['CITIZEN_DATA_CONNECTED_DOSSIER', 100, 2, 'disputed'],
    ['CITIZEN_DATA_CONNECTED_FORMALITY', 100, 2, 'disputed'],
    ['ON_TIME_SHARE', 100, 20, 'applies'],
    ['ONLINE_DOSSIER_SHARE', null, null, 'applies'],
    ['ONLINE_FORMALITY_PAYMENT_SHARE', 80, 2, 'applies'],
  ] as const)('%s: full at %s, max %s, commune %s', (code, fullAt, max, commune) => {
    expect(criterionInfo(code)).toMatchObject({
      fullScoreAt: fullAt,
      maxScore: max,
      commune,
      direction: 'higher',
    });
  });

  it('notes the SO_HOA threshold conflict (§13 #6)', () => {
    expect(criterionInfo('SO_HOA_GIAY_TO_GIAI_QUYET')?.note).toContain('§13 #6');
  });

  it('returns null for an unknown code', () => {
    expect(criterionInfo('NOT_A_CODE')).toBeNull();
  });
});

describe('fullScoreStatus', () => {
  it.each([
    [90, 'DOSSIER_RECEIVING_SATISFACTION', 'full'],
    [89.99, 'DOSSIER_RECEIVING_SATISFACTION', 'below'],
    [100, 'DOSSIER_RECEIVING_SATISFACTION', 'full'],
    [80, 'REUSED_DIGITIZED_DATA', 'full'],
    [79.5, 'REUSED_DIGITIZED_DATA', 'below'],
    [80, 'SO_HOA_GIAY_TO_GIAI_QUYET', 'below'],
    [100, 'SO_HOA_GIAY_TO_GIAI_QUYET', 'full'],
    [0, 'DOSSIER_SYNC', 'below'],
    [null, 'DOSSIER_SYNC', 'no-data'],
    [Number.NaN, 'DOSSIER_SYNC', 'no-data'],
    [72.47, 'PETITION_CLASSIFICATION_TTHC', 'not-scored'],
    [null, 'PETITION_CLASSIFICATION_TTHC', 'no-data'],
    [50, 'ONLINE_DOSSIER_SHARE', 'not-scored'],
    [50, 'UNKNOWN_CODE', 'not-scored'],
    // A derived ratio computed from counts can land a hair under its threshold.
    [(1 / 3) * 300 - 1e-12, 'DOSSIER_SYNC', 'full'],
  ] as const)('ratio %s on %s is %s', (ratio, code, status) => {
    expect(fullScoreStatus(ratio, code)).toBe(status);
  });

  it('accepts a catalogue entry as well as a code', () => {
    const info = criterionInfo('REUSED_DIGITIZED_DATA');
    if (!info) throw new Error('missing');
    expect(fullScoreStatus(85, info)).toBe('full');
  });
});
