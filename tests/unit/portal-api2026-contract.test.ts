import { describe, expect, it } from 'vitest';
import { GROUP_CODES } from '../../lib/model/groups';
import type { NormalizedCapture, Observation } from '../../lib/model/observation';
import {
  DERIVED_CRITERIA,
  ENDPOINT_OF_GROUP,
  ENDPOINTS,
  endpointFromUrl,
  FORMALITIES_SCHEMA_FIXTURES,
  METRIC_SCHEMA_FIXTURES,
  PARSER_VERSION,
  parseCapture,
  SUMMARY_SCHEMA_FIXTURES,
  TREE_SCHEMA_FIXTURES,
} from '../../lib/portal/api2026';
import { type FixtureCapture, fixtureCaptures, fixtureText } from '../support/fixtures';
import { captureInput } from '../support/portal/capture-input';
import { firstMismatch } from '../support/portal/compare-stored';
import { expectFromRaw } from '../support/portal/raw-expectations';

/*
 * Contract tests generated from the real captures: whatever captures.json lists is parsed,
 * and every number the portal published must come out unchanged.
 */

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';

type RawRow = Record<string, unknown> & { metrics?: Record<string, unknown>[] };

function parsed(capture: FixtureCapture): NormalizedCapture {
  const result = parseCapture(captureInput(capture, fixtureText(capture.file)));
  if (!result.ok) throw new Error(`${capture.file}: ${result.stage}: ${result.reason}`);
  return result.value;
}

function rawData(capture: FixtureCapture): Record<string, unknown> {
  return (JSON.parse(fixtureText(capture.file)) as { data: Record<string, unknown> }).data;
}

function byFile(suffix: string): FixtureCapture {
  const capture = fixtureCaptures().find((c) => c.file.endsWith(suffix));
  if (!capture) throw new Error(`no fixture ${suffix}`);
  return capture;
}

function rootIdOf(capture: FixtureCapture): string {
  const root = capture.requestBody.rootDepartmentId;
  return typeof root === 'string' ? root : 'NATION';
}

function find(
  obs: readonly Observation[],
  unitId: string,
  criterion: string | null,
  group?: string,
) {
  const hit = obs.find(
    (o) =>
      o.unitId === unitId &&
      o.criterion === criterion &&
      (group === undefined || o.group === group),
  );
  if (!hit) throw new Error(`no observation ${unitId} ${criterion ?? 'total'}`);
  return hit;
}

const captures = fixtureCaptures();

describe('api2026 contract: every real capture', () => {
  it('lists every endpoint fixture in a schema file', () => {
    const backed = [
      ...METRIC_SCHEMA_FIXTURES,
      ...TREE_SCHEMA_FIXTURES,
      ...SUMMARY_SCHEMA_FIXTURES,
      ...FORMALITIES_SCHEMA_FIXTURES,
    ];
    expect([...backed].sort()).toEqual(captures.map((c) => c.file).sort());
  });

  it.each(captures.map((c) => [c.file, c]))('%s parses and keeps every raw value', (_, capture) => {
    const value = parsed(capture);
    const endpoint = endpointFromUrl(capture.url);
    expect(endpoint).not.toBeNull();
    expect(value.context.endpoint).toBe(endpoint);
    const expected = expectFromRaw(String(endpoint), rawData(capture) as never, rootIdOf(capture));
    expect(firstMismatch(expected, value)).toBeNull();
    // Formalities is the only capture with more pages than the one stored.
    expect(value.warnings.length).toBe(capture.file.startsWith('formalities') ? 1 : 0);
  });
});

describe('api2026 contract: the independent reading', () => {
  it('notices one changed number, flag or name', () => {
    const capture = byFile('phu-tho-2026-08/transparency.json');
    const expected = expectFromRaw('evaluation/transparency', rawData(capture) as never, PHU_THO);
    const value = parsed(capture);
    const tamper = (change: (copy: NormalizedCapture) => void) => {
      const copy = structuredClone(value);
      change(copy);
      return firstMismatch(expected, copy);
    };
    expect(tamper(() => {})).toBeNull();
    expect(
      tamper((c) => {
        (c.observations[1] as Observation).ratio = 0;
      }),
    ).toMatch(/ratio/);
    expect(
      tamper((c) => {
        (c.observations[4] as Observation).flags = [];
      }),
    ).toMatch(/flags/);
    expect(
      tamper((c) => {
        (c.observations[0] as Observation).params.stt = 2;
      }),
    ).toMatch(/stt/);
    expect(
      tamper((c) => {
        if (c.units[3]) c.units[3].name = 'x';
      }),
    ).toMatch(/name/);
    expect(tamper((c) => void c.observations.pop())).toMatch(/observations/);
  });
});

describe('api2026 contract: Phú Thọ 08/2026', () => {
  const phuTho = captures.filter((c) => c.file.startsWith('phu-tho-2026-08/'));

  it.each(phuTho.map((c) => [c.file, c]))('%s: 1 root + 15 agencies + 148 communes', (_, c) => {
    const { units, context } = parsed(c);
    expect(context.rootUnitId).toBe(PHU_THO);
    expect(context.period).toEqual({ type: 'month', year: 2026, number: 8 });
    expect(context.periodClosed).toBe(true);
    expect(units[0]).toMatchObject({ id: PHU_THO, kind: 'PROVINCE', name: 'UBND tỉnh Phú Thọ' });
    const children = units.slice(1);
    expect(children).toHaveLength(163);
    expect(children.filter((u) => u.kind === 'AGENCY')).toHaveLength(15);
    expect(children.filter((u) => u.kind === 'COMMUNE')).toHaveLength(148);
    expect(children.every((u) => u.parentId === PHU_THO)).toBe(true);
  });

  const metricFiles = [
    'transparency.json',
    'handling-satisfaction.json',
    'dossier-digitized.json',
  ] as const;

  it.each(metricFiles)('%s: metric scores sum to the group total as the raw JSON does', (file) => {
    const capture = byFile(`phu-tho-2026-08/${file}`);
    const data = rawData(capture);
    const rows = [data.overview, ...(data.evaluation as unknown[])] as RawRow[];
    const sumsInRaw = rows.filter((row) => {
      const sum = (row.metrics ?? []).reduce((s, m) => s + (Number(m.score) || 0), 0);
      return Math.abs(sum - Number(row.totalScore)) <= 0.01 + 1e-9;
    }).length;

    const { units, observations } = parsed(capture);
    const sumsStored = units.filter((unit) => {
      const mine = observations.filter((o) => o.unitId === unit.id);
      const total = mine.find((o) => o.criterion === null)?.score ?? Number.NaN;
      const sum = mine.filter((o) => o.criterion !== null).reduce((s, o) => s + (o.score ?? 0), 0);
      return Math.abs(sum - total) <= 0.01 + 1e-9;
    }).length;

    expect(sumsStored).toBe(sumsInRaw);
    expect(sumsStored / units.length).toBeGreaterThanOrEqual(0.95);
    // What the data says today: every one of the 164 units adds up.
    expect(sumsStored).toBe(164);
  });

  it('keeps null as null and quality flags verbatim (transparency)', () => {
    const { observations } = parsed(byFile('phu-tho-2026-08/transparency.json'));
    const publish = find(observations, PHU_THO, 'PUBLISH_ON_TIME');
    expect(publish).toMatchObject({ ratio: null, score: null, maxScore: 6, numerator: 0 });
    const sync = find(observations, PHU_THO, 'DOSSIER_SYNC');
    expect(sync.flags).toEqual(['TEMP_NATIONAL_REPORT_DENOMINATOR']);
    expect(sync.flagMessage).toMatch(/BCQG\/GRIS/);
    const noData = observations.filter((o) => o.flags.includes('NO_NATIONAL_REPORT_DATA'));
    expect(noData.length).toBeGreaterThan(0);
    expect(noData.every((o) => o.score === null && o.ratio === null)).toBe(true);
    expect(find(observations, PHU_THO, null)).toMatchObject({
      group: 'CKMB',
      score: 7.96,
      maxScore: 18,
      ratio: 44.22,
      params: { averageScore: 7.89, stt: 1, agencyLevel: 'level_1', scoreDelta: null },
    });
  });

  it('keeps null counts of ELECTRONIC_CERTIFIED_COPY and petition counts in params', () => {
    const digitized = parsed(byFile('phu-tho-2026-08/dossier-digitized.json')).observations;
    expect(find(digitized, PHU_THO, 'ELECTRONIC_CERTIFIED_COPY')).toMatchObject({
      numerator: null,
      denominator: null,
      ratio: 100,
      score: 2,
    });
    const satisfaction = parsed(byFile('phu-tho-2026-08/handling-satisfaction.json')).observations;
    expect(find(satisfaction, PHU_THO, null).params).toMatchObject({
      totalPetitions: 247,
      classifiedPetitions: 247,
      totalDossiers: 184503,
      averageScore: null,
    });
    expect(find(satisfaction, PHU_THO, 'PETITION_CLASSIFICATION_TTHC')).toMatchObject({
      score: null,
      maxScore: 0,
    });
  });

  it('derives the on-time share 144 625 / 184 513 = 78,38 % next to the API ratio', () => {
    const { observations } = parsed(byFile('phu-tho-2026-08/dvc-progress-tree.json'));
    const total = find(observations, PHU_THO, null);
    const derived = find(observations, PHU_THO, 'ON_TIME_SHARE');
    expect(derived).toMatchObject({
      derived: true,
      group: 'TDGQ',
      numerator: 144625,
      denominator: 184513,
      score: null,
      maxScore: null,
    });
    expect(derived.ratio).toBeCloseTo((144625 / 184513) * 100, 10);
    expect(Math.abs((derived.ratio ?? 0) - (total.ratio ?? 0))).toBeLessThanOrEqual(0.01);
    expect(total).toMatchObject({ score: 15.68, maxScore: 20, ratio: 78.38 });
    expect(total.params).toMatchObject({ totalReceived: 184513, totalCompleted: 147765 });
  });

  it('gives a null derived ratio, never 0, where nothing was received', () => {
    const { observations } = parsed(byFile('phu-tho-2026-08/dvc-progress-tree.json'));
    const empty = observations.filter(
      (o) => o.criterion === 'ON_TIME_SHARE' && o.denominator === 0,
    );
    // Two units received nothing; the portal itself writes ratio 0 and score 0 for them.
    expect(empty).toHaveLength(2);
    expect(empty.every((o) => o.ratio === null)).toBe(true);
    for (const o of empty) expect(find(observations, o.unitId, null).ratio).toBe(0);
  });

  it('derives the online share on the parent only (children carry no channel counts)', () => {
    const { observations } = parsed(byFile('phu-tho-2026-08/provide-online-tree.json'));
    const online = observations.filter((o) => o.criterion === 'ONLINE_DOSSIER_SHARE');
    expect(online).toHaveLength(1);
    expect(online[0]).toMatchObject({ unitId: PHU_THO, numerator: 150956, denominator: 152595 });
    expect(observations.filter((o) => o.criterion === null)).toHaveLength(164);
  });

  it('derives the payment shares for every unit of the payment tree', () => {
    const { observations } = parsed(byFile('phu-tho-2026-08/formality-online-payment-tree.json'));
    expect(observations.filter((o) => o.criterion === 'ONLINE_PAYMENT_SHARE')).toHaveLength(164);
    expect(find(observations, PHU_THO, 'ONLINE_FORMALITY_PAYMENT_SHARE').ratio).toBe(30);
    expect(find(observations, PHU_THO, null)).toMatchObject({ score: 6.25, maxScore: 10 });
  });
});

describe('api2026 contract: service-results', () => {
  it('national: 34 provinces whose totalScore is the sum of groupScores', () => {
    const capture = byFile('national-2026/service-results.json');
    const { units, observations, context } = parsed(capture);
    expect(context.rootUnitId).toBe('NATION');
    expect(context.periodClosed).toBe(false);
    expect(units[0]).toEqual({
      id: 'NATION',
      code: null,
      name: 'Cả nước',
      kind: 'NATION',
      parentId: null,
    });
    const provinces = units.slice(1);
    expect(provinces).toHaveLength(34);
    expect(provinces.every((u) => u.kind === 'PROVINCE' && u.parentId === 'NATION')).toBe(true);
    for (const province of provinces) {
      const mine = observations.filter((o) => o.unitId === province.id);
      const total = mine.find((o) => o.group === 'TOTAL');
      const groups = mine.filter((o) => o.group !== 'TOTAL');
      expect(groups.map((o) => o.group)).toEqual([...GROUP_CODES]);
      const sum = groups.reduce((s, o) => s + (o.score ?? 0), 0);
      expect(Math.abs(sum - (total?.score ?? Number.NaN))).toBeLessThanOrEqual(0.01 + 1e-9);
      expect(total?.maxScore).toBe(100);
    }
    expect(find(observations, 'NATION', null, 'TOTAL').params).toEqual({ growthPercent: 39.79 });
    const dongThap = observations.filter(
      (o) => o.unitId === '019d2be3-6a85-74ec-a344-751a7a0bbdb5',
    );
    expect(dongThap.find((o) => o.group === 'TTTT')).toMatchObject({ score: 6.22, maxScore: 10 });
    // Radar (ONLINE_SERVICE), donuts and charts stay in the raw payload.
    expect(observations.every((o) => o.criterion === null)).toBe(true);
  });

  it('province: Gia Lai root from the request, 149 children with their group', () => {
    const { units, observations } = parsed(byFile('gia-lai-2026-02/service-results.json'));
    expect(units[0]).toEqual({
      id: GIA_LAI,
      code: 'H21',
      name: 'UBND tỉnh Gia Lai',
      kind: 'PROVINCE',
      parentId: 'NATION',
    });
    const children = units.slice(1);
    expect(children).toHaveLength(149);
    expect(children.filter((u) => u.kind === 'AGENCY')).toHaveLength(14);
    expect(children.filter((u) => u.kind === 'COMMUNE')).toHaveLength(135);
    expect(observations).toHaveLength(150);
    expect(find(observations, GIA_LAI, null)).toMatchObject({
      group: 'TOTAL',
      score: 34.19,
      maxScore: 100,
      params: { growthPercent: -6.3 },
    });
  });
});

describe('api2026 catalogues', () => {
  it('names its version and maps every group to its endpoint', () => {
    expect(PARSER_VERSION).toBe(1);
    for (const code of GROUP_CODES) expect(ENDPOINTS).toContain(ENDPOINT_OF_GROUP[code]);
    expect(ENDPOINT_OF_GROUP.CLGQ).toBe('evaluation/provide-online-tree');
    expect(ENDPOINT_OF_GROUP.TTTT).toBe('evaluation/formality-online-payment-tree');
  });

  it('lists derived criteria with unique codes on the endpoint of their group', () => {
    const codes = DERIVED_CRITERIA.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining(['ON_TIME_SHARE', 'ONLINE_DOSSIER_SHARE', 'ONLINE_PAYMENT_SHARE']),
    );
    for (const d of DERIVED_CRITERIA) {
      expect(ENDPOINT_OF_GROUP[d.group]).toBe(d.endpoint);
      expect(d.name).toMatch(/tính từ số liệu cổng/);
    }
  });
});
