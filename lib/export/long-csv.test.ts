import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ObservationRecord } from '../db/database';
import { NATION_UNIT_ID } from '../model/observation';
import { derivedRatio } from '../portal/api2026/derived';
import { formatNumber, neutralizeFormula } from './csv-profiles';
import {
  buildLongCsv,
  LONG_CSV_COLUMNS,
  type LongCsvSnapshot,
  longCsvFileName,
  parseLongCsv,
} from './long-csv';

// Only the fields these tests take from the fixtures.
interface Metric {
  code: string;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
  dataQualityStatus?: string;
  dataQualityMessage?: string;
}
interface MetricRow {
  departmentId: string;
  departmentName: string;
  totalScore: number;
  totalMaxScore: number;
  ratio: number;
  metrics: Metric[];
}
interface TreeNode {
  departmentId: string;
  departmentName: string;
  departmentCode: string;
  totalReceived: number;
  totalOnTime: number;
  ratio: number;
  // The parent carries totalScore/totalMaxScore, the children score/maxScore.
  totalScore?: number;
  totalMaxScore?: number;
  score?: number;
  maxScore?: number;
}
interface SummaryRow {
  departmentId?: string;
  departmentName: string;
  departmentCode: string | null;
  totalScore: number;
  ratio: number;
  groupScores?: Record<string, number>;
}

// Relative to the repository root, where vitest runs: happy-dom replaces the global URL,
// which node:fs does not accept.
function fixture<T>(path: string): T {
  const text = readFileSync(`tests/fixtures/portal-2026/${path}`, 'utf8');
  return (JSON.parse(text) as { data: T }).data;
}

const transparency = fixture<{ overview: MetricRow; evaluation: MetricRow[] }>(
  'phu-tho-2026-08/transparency.json',
);
const tree = fixture<{ parent: TreeNode; children: TreeNode[] }>(
  'phu-tho-2026-08/dvc-progress-tree.json',
);
const national = fixture<{ overview: SummaryRow; evaluation: SummaryRow[] }>(
  'national-2026/service-results.json',
);

const OBSERVED_AT = '2026-09-26T18:14:39.135Z';
let nextId = 1;

function obs(
  fields: Pick<ObservationRecord, 'endpoint' | 'unitId' | 'unitName' | 'unitKind' | 'group'> &
    Partial<ObservationRecord>,
): ObservationRecord {
  return {
    id: nextId++,
    captureId: 1,
    unitCode: null,
    criterion: null,
    derived: false,
    score: null,
    maxScore: null,
    numerator: null,
    denominator: null,
    ratio: null,
    flags: [],
    flagMessage: null,
    params: {},
    ...fields,
  };
}

function metricRowObservations(row: MetricRow, kind: 'PROVINCE' | 'AGENCY'): ObservationRecord[] {
  const unit = {
    endpoint: 'evaluation/transparency',
    unitId: row.departmentId,
    unitName: row.departmentName,
    unitKind: kind,
    group: 'CKMB',
  } as const;
  return [
    obs({ ...unit, score: row.totalScore, maxScore: row.totalMaxScore, ratio: row.ratio }),
    ...row.metrics.map((m) =>
      obs({
        ...unit,
        criterion: m.code,
        score: m.score,
        maxScore: m.maxScore,
        numerator: m.numerator,
        denominator: m.denominator,
        ratio: m.ratio,
        flags: m.dataQualityStatus ? [m.dataQualityStatus] : [],
        flagMessage: m.dataQualityMessage ?? null,
      }),
    ),
  ];
}

const office = transparency.evaluation[0] as MetricRow;
const transparencySnapshot: LongCsvSnapshot = {
  capture: {
    endpoint: 'evaluation/transparency',
    periodKey: '2026-08',
    periodClosed: true,
    scope: 'all',
    rootUnitId: transparency.overview.departmentId,
    observedAt: OBSERVED_AT,
  },
  observations: [
    ...metricRowObservations(transparency.overview, 'PROVINCE'),
    ...metricRowObservations(office, 'AGENCY'),
  ],
};

function treeObservations(node: TreeNode, kind: 'PROVINCE' | 'AGENCY'): ObservationRecord[] {
  const unit = {
    endpoint: 'evaluation/dvc-progress-tree',
    unitId: node.departmentId,
    unitCode: node.departmentCode,
    unitName: node.departmentName,
    unitKind: kind,
    group: 'TDGQ',
  } as const;
  return [
    obs({
      ...unit,
      score: node.totalScore ?? node.score ?? null,
      maxScore: node.totalMaxScore ?? node.maxScore ?? null,
      ratio: node.ratio,
    }),
    obs({
      ...unit,
      criterion: 'ON_TIME_SHARE',
      derived: true,
      numerator: node.totalOnTime,
      denominator: node.totalReceived,
      ratio: derivedRatio(node.totalOnTime, node.totalReceived),
    }),
  ];
}

const treeSnapshot: LongCsvSnapshot = {
  capture: { ...transparencySnapshot.capture, endpoint: 'evaluation/dvc-progress-tree' },
  observations: [
    ...treeObservations(tree.parent, 'PROVINCE'),
    ...treeObservations(tree.children[0] as TreeNode, 'AGENCY'),
  ],
};

const dongThap = national.evaluation[0] as SummaryRow;
const summaryUnit = { endpoint: 'evaluation/service-results', group: 'TOTAL' } as const;
const nationalSnapshot: LongCsvSnapshot = {
  capture: {
    endpoint: 'evaluation/service-results',
    periodKey: '2026',
    periodClosed: false,
    scope: 'all',
    rootUnitId: NATION_UNIT_ID,
    observedAt: '2026-05-01T02:00:00.000Z',
  },
  observations: [
    obs({
      ...summaryUnit,
      unitId: NATION_UNIT_ID,
      unitCode: national.overview.departmentCode,
      unitName: national.overview.departmentName,
      unitKind: 'NATION',
      score: national.overview.totalScore,
      maxScore: 100,
      ratio: national.overview.ratio,
    }),
    obs({
      ...summaryUnit,
      unitId: dongThap.departmentId ?? '',
      unitCode: dongThap.departmentCode,
      unitName: dongThap.departmentName,
      unitKind: 'PROVINCE',
      score: dongThap.totalScore,
      maxScore: 100,
      ratio: dongThap.ratio,
    }),
    obs({
      ...summaryUnit,
      unitId: dongThap.departmentId ?? '',
      unitCode: dongThap.departmentCode,
      unitName: dongThap.departmentName,
      unitKind: 'PROVINCE',
      group: 'CKMB',
      score: dongThap.groupScores?.CKMB ?? null,
      maxScore: 18,
    }),
  ],
};

const ALL = [nationalSnapshot, treeSnapshot, transparencySnapshot];
const NUMERIC: Partial<Record<string, keyof ObservationRecord>> = {
  score: 'score',
  max_score: 'maxScore',
  numerator: 'numerator',
  denominator: 'denominator',
  ratio: 'ratio',
};

/** A snapshot of one observation, for tests about cell contents. */
function single(fields: Partial<ObservationRecord>): LongCsvSnapshot {
  const root = transparencySnapshot.observations[0] as ObservationRecord;
  return { ...transparencySnapshot, observations: [{ ...root, ...fields }] };
}

function onlyRow(text: string): Record<string, string> {
  const rows = parseLongCsv(text);
  expect(rows).toHaveLength(1);
  return rows[0] as Record<string, string>;
}

describe('buildLongCsv: columns and rows', () => {
  it('writes the header in the agreed order in both profiles', () => {
    const header =
      'period,period_closed,scope,root_code,unit_id,unit_code,unit_name,unit_kind,group,' +
      'criterion,derived,score,max_score,numerator,denominator,ratio,flags,captured_at,portal';
    expect(LONG_CSV_COLUMNS.join(',')).toBe(header);
    expect(buildLongCsv(ALL, 'standard').split('\r\n')[0]).toBe(header);
    expect(buildLongCsv(ALL, 'excel-vn').split('\r\n')[0]).toBe(
      `\uFEFF${header.replaceAll(',', ';')}`,
    );
  });

  it('writes one row per observation, snapshots by period, endpoint, root', () => {
    const provinceRoot: LongCsvSnapshot = {
      capture: { ...nationalSnapshot.capture, rootUnitId: dongThap.departmentId ?? '' },
      observations: nationalSnapshot.observations.slice(1),
    };
    const rows = parseLongCsv(
      buildLongCsv(
        [transparencySnapshot, provinceRoot, treeSnapshot, nationalSnapshot],
        'standard',
      ),
    );
    const expected = [nationalSnapshot, provinceRoot, treeSnapshot, transparencySnapshot];
    expect(
      rows.map((r) => `${r.period} ${r.root_code} ${r.unit_id} ${r.group} ${r.criterion}`),
    ).toEqual(
      expected.flatMap((s) =>
        s.observations.map(
          (o) =>
            `${s.capture.periodKey} ${s === provinceRoot ? 'H20' : s === treeSnapshot ? 'H44' : ''} ` +
            `${o.unitId} ${o.group} ${o.criterion ?? ''}`,
        ),
      ),
    );
  });

  it('writes the transparency root as the portal sent it: null empty, 0 as 0', () => {
    const rows = parseLongCsv(buildLongCsv([transparencySnapshot], 'standard'));
    const [total, publish, , , sync] = rows;
    expect(total).toMatchObject({
      period: '2026-08',
      period_closed: '1',
      scope: 'all',
      root_code: '',
      unit_code: '',
      unit_name: 'UBND tỉnh Phú Thọ',
      unit_kind: 'PROVINCE',
      group: 'CKMB',
      criterion: '',
      derived: '0',
      score: '7.96',
      max_score: '18',
      numerator: '',
      denominator: '',
      ratio: '44.22',
      flags: '',
      captured_at: '2026-09-27T01:14:39+07:00',
      portal: '2026-api',
    });
    expect(publish).toMatchObject({
      criterion: 'PUBLISH_ON_TIME',
      numerator: '0',
      denominator: '0',
      ratio: '',
      score: '',
      max_score: '6',
    });
    expect(sync).toMatchObject({
      criterion: 'DOSSIER_SYNC',
      numerator: '138744',
      ratio: '100',
      flags: 'TEMP_NATIONAL_REPORT_DENOMINATOR',
    });
    const officeSync = rows.find(
      (r) => r.unit_id === office.departmentId && r.criterion === 'DOSSIER_SYNC',
    );
    expect(officeSync).toMatchObject({ flags: 'NO_NATIONAL_REPORT_DATA', unit_kind: 'AGENCY' });
  });

  it('joins several flags with |', () => {
    const text = buildLongCsv(
      [single({ flags: ['NO_NATIONAL_REPORT_DATA', 'SCOPE_DISPUTED'] })],
      'standard',
    );
    expect(onlyRow(text).flags).toBe('NO_NATIONAL_REPORT_DATA|SCOPE_DISPUTED');
  });

  it('writes the derived on-time share with the root code H44 and a null where nothing was received', () => {
    const rows = parseLongCsv(buildLongCsv([treeSnapshot], 'standard'));
    expect(rows.map((r) => r.root_code)).toEqual(['H44', 'H44', 'H44', 'H44']);
    expect(rows[1]).toMatchObject({
      criterion: 'ON_TIME_SHARE',
      derived: '1',
      numerator: '144625',
      denominator: '184513',
      // 144 625 ÷ 184 513 = 78,382…%, written with the portal's two decimals (#12).
      ratio: '78.38',
    });
    // The office received nothing: the portal's own ratio is 0, the derived one unknown.
    expect(rows[0]).toMatchObject({
      criterion: '',
      score: '15.68',
      max_score: '20',
      ratio: '78.38',
    });
    expect(rows[2]).toMatchObject({ unit_code: 'H44.01', score: '0', ratio: '0' });
    expect(rows[3]).toMatchObject({ denominator: '0', ratio: '' });
  });

  it('writes the national TOTAL with an empty code and the root code empty', () => {
    const rows = parseLongCsv(buildLongCsv([nationalSnapshot], 'excel-vn'));
    expect(rows[0]).toMatchObject({
      period: '2026',
      period_closed: '0',
      root_code: '',
      unit_id: NATION_UNIT_ID,
      unit_code: '',
      unit_name: 'Cả nước',
      unit_kind: 'NATION',
      group: 'TOTAL',
      criterion: '',
      score: '56,56',
      max_score: '100',
    });
    expect(rows[2]).toMatchObject({ unit_code: 'H20', group: 'CKMB', score: '11,45', ratio: '' });
  });

  it('leaves period_closed empty when unknown', () => {
    const snapshot = {
      ...single({}),
      capture: { ...transparencySnapshot.capture, periodClosed: null },
    };
    expect(onlyRow(buildLongCsv([snapshot], 'standard')).period_closed).toBe('');
  });
});

describe('buildLongCsv: profiles', () => {
  it('puts a BOM, ; and decimal commas in excel-vn only, \\r\\n in both', () => {
    const standard = buildLongCsv(ALL, 'standard');
    const excel = buildLongCsv(ALL, 'excel-vn');
    expect(standard.charCodeAt(0)).not.toBe(0xfeff);
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel.indexOf('\uFEFF', 1)).toBe(-1);
    for (const text of [standard, excel]) {
      expect(text.endsWith('\r\n')).toBe(true);
      expect(/(?<!\r)\n/.test(text)).toBe(false);
    }
    expect(standard).toContain(',78.38,');
    expect(excel).toContain(';78,38;');
    expect(excel).not.toMatch(/;\d+\.\d+;/);
  });

  it('reads back every cell of both profiles to the numbers and texts stored', () => {
    const observations = [nationalSnapshot, treeSnapshot, transparencySnapshot].flatMap(
      (s) => s.observations,
    );
    for (const profile of ['standard', 'excel-vn'] as const) {
      const rows = parseLongCsv(buildLongCsv(ALL, profile));
      expect(rows).toHaveLength(observations.length);
      rows.forEach((row, i) => {
        const source = observations[i] as ObservationRecord;
        expect(row.unit_name).toBe(source.unitName);
        expect(row.unit_code).toBe(source.unitCode ?? '');
        expect(row.criterion).toBe(source.criterion ?? '');
        for (const [column, field] of Object.entries(NUMERIC)) {
          const cell = row[column] ?? 'missing';
          const value = source[field as keyof ObservationRecord] as number | null;
          if (value === null) {
            expect(cell).toBe('');
            continue;
          }
          expect(cell).not.toMatch(/e/i);
          const text = profile === 'excel-vn' ? cell.replace(',', '.') : cell;
          // Our derived ratios are written with two decimals, as the portal writes its own.
          const expected =
            source.derived && field === 'ratio' ? Math.round(value * 100) / 100 : value;
          expect(Number.parseFloat(text)).toBe(expected);
        }
      });
    }
  });

  it('neutralises formula-like text but never a negative number', () => {
    const names = ['=HYPERLINK("x")', '+cmd', '@SUM(1)', '-2+3', '\tTab', '\rCR'];
    for (const profile of ['standard', 'excel-vn'] as const) {
      for (const name of names) {
        const snapshot = single({
          unitName: name,
          score: -0.18,
          flags: ['=FLAG'],
          criterion: '-X',
        });
        const row = onlyRow(buildLongCsv([snapshot], profile));
        expect(row.unit_name).toBe(`'${name}`);
        expect(row.flags).toBe("'=FLAG");
        expect(row.criterion).toBe("'-X");
        expect(row.score).toBe(profile === 'standard' ? '-0.18' : '-0,18');
      }
    }
    expect(neutralizeFormula('UBND xã Hy Cương')).toBe('UBND xã Hy Cương');
  });

  it('round-trips a name holding ;  ,  " and line breaks, and keeps Vietnamese text as is', () => {
    const name = 'Sở "Tư pháp"; Phòng A, B\nC\r\nD – Đắk Lắk';
    for (const profile of ['standard', 'excel-vn'] as const) {
      expect(onlyRow(buildLongCsv([single({ unitName: name })], profile)).unit_name).toBe(name);
    }
  });

  it('never writes exponent notation', () => {
    const snapshot = single({ ratio: 1e-7, numerator: 123456789012, denominator: 1e21 });
    const standard = onlyRow(buildLongCsv([snapshot], 'standard'));
    expect(standard).toMatchObject({
      ratio: '0.0000001',
      numerator: '123456789012',
      denominator: '1000000000000000000000',
    });
    expect(onlyRow(buildLongCsv([snapshot], 'excel-vn')).ratio).toBe('0,0000001');
  });

  it('appends extra columns after portal, in order, formatted like the others', () => {
    const text = buildLongCsv([single({ score: 7.96 })], 'excel-vn', {
      extraColumns: [
        { name: 'target', value: () => 8 },
        { name: 'gap', value: () => -0.18 },
        { name: 'target_met', value: () => null },
        { name: 'note', value: () => '=1+1' },
      ],
    });
    expect(text.split('\r\n')[0]?.endsWith(';portal;target;gap;target_met;note')).toBe(true);
    expect(onlyRow(text)).toMatchObject({
      target: '8',
      gap: '-0,18',
      target_met: '',
      note: "'=1+1",
    });
  });
});

describe('formatNumber', () => {
  it.each([
    [78.38, '78.38'],
    [-0.18, '-0.18'],
    [0, '0'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [-1.5e-10, '-0.00000000015'],
    [123456789012, '123456789012'],
    [1.2345e25, '12345000000000000000000000'],
    [derivedRatio(144625, 184513) ?? 0, '78.3820110236135'],
    [0.1 + 0.2, '0.30000000000000004'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value, '.')).toBe(text);
    if (text !== '' && value !== 0) expect(Number.parseFloat(text)).toBe(value);
  });

  it('writes a decimal comma for excel-vn', () => {
    expect(formatNumber(84.41, ',')).toBe('84,41');
    expect(formatNumber(-1e-7, ',')).toBe('-0,0000001');
  });
});

describe('longCsvFileName', () => {
  it('dates the file in Vietnam time', () => {
    const now = new Date('2026-11-21T17:30:00Z'); // 00:30 on 22 November in Hà Nội
    expect(longCsvFileName('standard', now)).toBe('chiso766-long-2026-11-22.csv');
    expect(longCsvFileName('excel-vn', now)).toBe('chiso766-long-excel-2026-11-22.csv');
  });
});

describe('parseLongCsv', () => {
  it('reads an excel-vn file whose BOM was dropped', () => {
    const text = buildLongCsv([nationalSnapshot], 'excel-vn').slice(1);
    expect(parseLongCsv(text)[0]).toMatchObject({ unit_name: 'Cả nước', score: '56,56' });
  });

  it('refuses a file whose rows do not match the header', () => {
    expect(() => parseLongCsv('period,score\r\n2026-08,1,2\r\n')).toThrow(/CSV/);
  });
});
