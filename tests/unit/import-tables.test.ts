import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handleRequest } from '../../lib/background/handle-request';
import type { ChisoDatabase } from '../../lib/db/database';
import { parseLongCsv } from '../../lib/export/long-csv';
import { translate } from '../../lib/i18n/strings';
import type { ImportedUnit } from '../../lib/import/imported-row';
import type { ImportApplied, ImportPreview } from '../../lib/import/preview';
import { readTable } from '../../lib/import/table-import';
import { delimitedRows, htmlTableRows } from '../../lib/import/table-text';
import { buildTemplateCsv, TEMPLATE_COLUMNS } from '../../lib/import/template';
import { buildTemplateXlsx, readXlsxRows } from '../../lib/import/template-xlsx';
import { coreName, matchUnit } from '../../lib/import/unit-match';
import type { ReportModel } from '../../lib/report/report-model';
import type { UnitTrend } from '../../lib/trend/unit-trend';
import { freshDatabase } from '../support/fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../support/observed';

// Each test stores and reads whole captures in fake IndexedDB: seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const NOW = new Date('2026-09-30T00:00:00Z');
let db: ChisoDatabase;
let units: ImportedUnit[];

async function ask<T>(request: unknown, on: ChisoDatabase = db): Promise<T> {
  const kind = (request as { type: string }).type === 'capture:observed';
  const reply = await handleRequest(request, kind ? 'portal-content-script' : 'extension-page', {
    db: on,
    now: () => NOW,
  });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const named = (name: string) => {
  const unit = units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name} in the fixtures`);
  return unit;
};

beforeAll(async () => {
  db = freshDatabase('import-tables');
  for (const file of PHU_THO_FILES) {
    await ask({ type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedFixture(file) });
  }
  units = (await db.units.toArray()).map(({ seenAt: _, ...u }) => u);
}, 60_000);

describe('units named by a person', () => {
  it('finds a unit without diacritics or administrative words', () => {
    expect(coreName('UBND Phường Việt Trì')).toBe('viet tri');
    expect(matchUnit('viet tri', units)).toEqual({
      status: 'sure',
      unit: named('UBND Phường Việt Trì'),
    });
    expect(matchUnit('H44.100', units)).toMatchObject({
      status: 'sure',
      unit: { code: 'H44.100' },
    });
    expect(matchUnit('tỉnh Phú Thọ', units)).toMatchObject({
      status: 'sure',
      unit: { kind: 'PROVINCE' },
    });
  });

  it('asks when a name fits several units or only nearly one', () => {
    const both = matchUnit('Phu Tho', units);
    expect(both.status).toBe('unsure');
    const names = both.status === 'unsure' ? both.candidates.map((u) => u.name) : [];
    expect(names).toContain('UBND tỉnh Phú Thọ');
    expect(names).toContain('UBND Phường Phú Thọ');
    const typo = matchUnit('Thanh Meu', units);
    expect(typo.status === 'unsure' && typo.candidates.map((u) => u.name)).toContain(
      'UBND Phường Thanh Miếu',
    );
    expect(matchUnit('Hà Nội', units)).toEqual({ status: 'none' });
  });
});

const ROWS = [
  ['2025-08', 'viet tri', 'TOTAL', '84,41', '', '', ''],
  ['08/2025', 'Phường Nông Trang', 'CKMB', '12.5', '', '', ''],
  ['2025-08', 'H44.100', 'DOSSIER_SYNC', '', '', '1.234', '2.000'],
];

describe('the template', () => {
  const context = () => ({ units, now: NOW, confirmed: {} });

  it('comes back from .xlsx and from CSV with the same values', async () => {
    const xlsx = await readXlsxRows(await buildTemplateXlsx(ROWS));
    const csv = delimitedRows(buildTemplateCsv(ROWS));
    expect(xlsx[0]).toEqual([...TEMPLATE_COLUMNS]);
    for (const table of [xlsx, csv]) {
      const read = readTable(table, { periodKey: null, measure: null }, context());
      expect(read.issues).toEqual([]);
      expect(read.rows.map((r) => [r.periodKey, r.unit.name, r.subject, r.observation])).toEqual([
        [
          '2025-08',
          'UBND Phường Việt Trì',
          'TOTAL',
          expect.objectContaining({ score: 84.41, ratio: null, maxScore: 100 }),
        ],
        [
          '2025-08',
          'UBND Phường Nông Trang',
          'CKMB',
          expect.objectContaining({ score: 12.5, maxScore: 18 }),
        ],
        [
          '2025-08',
          'UBND Phường Việt Trì',
          'CKMB',
          expect.objectContaining({
            criterion: 'DOSSIER_SYNC',
            numerator: 1234,
            denominator: 2000,
            ratio: 61.7,
          }),
        ],
      ]);
      expect(
        read.rows.every((r) => r.periodClosed && r.rootUnitId === named('UBND tỉnh Phú Thọ').id),
      ).toBe(true);
    }
  });

  it('names line, column and problem in Vietnamese for every bad row', () => {
    const table = delimitedRows(
      buildTemplateCsv([
        ...ROWS,
        ['2025-13', 'viet tri', 'TOTAL', '80', '', '', ''],
        ['2025-07', 'Hà Nội', 'TOTAL', '80', '', '', ''],
        ['2025-07', 'viet tri', 'CKMB', '19', '', '', ''],
        ['2025-07', 'viet tri', 'XYZ', '1', '', '', ''],
        ['2025-07', 'Nông Trang', 'DOSSIER_SYNC', '', '', '12,5', '20'],
        ['2025-07', 'Vân Phú', 'DOSSIER_SYNC', '', '50', '1', '4'],
        ['2025-07', 'Vân Phú', 'TOTAL', '', '', '', ''],
      ]),
    );
    const read = readTable(table, { periodKey: null, measure: null }, context());
    const text = read.issues.map(
      (i) =>
        translate('vi', 'importIssueAt', { row: i.row, column: i.column }) +
        translate('vi', `import.${i.code}` as never, i.params),
    );
    expect(text).toEqual([
      'Dòng 5, cột “Kỳ”: “2025-13” không phải là kỳ (ghi 2025-08, 08/2025, 2025-Q3 hoặc 2025).',
      'Dòng 6, cột “Đơn vị”: không tìm thấy đơn vị “Hà Nội” trong số liệu đã lưu.',
      'Dòng 7, cột “Điểm”: “19” nằm ngoài khoảng cho phép (0 đến 18).',
      'Dòng 8, cột “Nhóm hoặc chỉ tiêu”: “XYZ” không phải nhóm (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH), TOTAL hay mã chỉ tiêu.',
      'Dòng 9, cột “Tử số”: “12,5” phải là số nguyên (1.234 hoặc 1 234 là một nghìn hai trăm ba mươi tư).',
      'Dòng 10, cột “Tỷ lệ (%)”: tỷ lệ “50” không khớp tử số/mẫu số (25).',
      'Dòng 11, cột “”: dòng không có điểm, tỷ lệ, tử số hay mẫu số nào (ô trống không phải là 0).',
    ]);
  });

  it('writes nothing while a row is bad, unless the official drops the bad rows', async () => {
    const target = freshDatabase('import-bad');
    for (const file of PHU_THO_FILES) {
      await ask(
        { type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedFixture(file) },
        target,
      );
    }
    const rows = delimitedRows(
      buildTemplateCsv([...ROWS, ['2025-07', 'Hà Nội', 'TOTAL', '80', '', '', '']]),
    );
    const source = {
      kind: 'table',
      format: 'template-csv',
      raw: 'x',
      rows,
      periodKey: null,
      measure: null,
    };
    const observations = await target.observations.count();
    await expect(ask({ type: 'import:apply', source, fileName: 'm.csv' }, target)).rejects.toThrow(
      /Chưa ghi gì: 1 dòng có lỗi/,
    );
    expect(await target.observations.count()).toBe(observations);
    const applied = await ask<ImportApplied>(
      { type: 'import:apply', source, fileName: 'm.csv', dropBadRows: true },
      target,
    );
    expect(applied).toMatchObject({ added: 3, dropped: 1 });
  });
});

describe('a table pasted from the old portal', () => {
  it('reads the HTML table, periods and measure from the form', () => {
    const html = `<html><body><p>Bảng xếp hạng</p><table><thead><tr><th>STT</th><th>Tên đơn vị</th><th>Tổng điểm</th></tr></thead>
      <tbody><tr><td>1</td><td>UBND phường <b>Việt Trì</b></td><td>86,12</td></tr>
      <tr><td>2</td><td>Thanh Meu</td><td>79,5</td></tr></tbody></table></body></html>`;
    const table = htmlTableRows(html, (h) => new DOMParser().parseFromString(h, 'text/html'));
    expect(table).toEqual([
      ['STT', 'Tên đơn vị', 'Tổng điểm'],
      ['1', 'UBND phường Việt Trì', '86,12'],
      ['2', 'Thanh Meu', '79,5'],
    ]);
    const defaults = { periodKey: '2025-06', measure: 'TOTAL' };
    const first = readTable(table ?? [], defaults, { units, now: NOW, confirmed: {} });
    expect(first.rows.map((r) => [r.unit.name, r.observation.score])).toEqual([
      ['UBND Phường Việt Trì', 86.12],
    ]);
    expect(first.questions.map((q) => q.typed)).toEqual(['Thanh Meu']);
    const key = first.questions[0]?.key ?? '';
    const confirmed = { [key]: named('UBND Phường Thanh Miếu').id };
    const second = readTable(table ?? [], defaults, { units, now: NOW, confirmed });
    expect(second.issues).toEqual([]);
    expect(second.rows.map((r) => r.unit.name)).toEqual([
      'UBND Phường Việt Trì',
      'UBND Phường Thanh Miếu',
    ]);
  });
});

describe('imports never replace captures', () => {
  it('keeps the captured value where both exist and shows the imported one elsewhere', async () => {
    const vietTri = named('UBND Phường Việt Trì');
    const rows = [
      ['Kỳ', 'Đơn vị', 'Nhóm', 'Điểm'],
      ['2026-08', 'viet tri', 'CKMB', '1,5'],
      ['2025-08', 'viet tri', 'CKMB', '2,5'],
    ];
    const source = {
      kind: 'table',
      format: 'paste',
      raw: 'paste-1',
      rows,
      periodKey: null,
      measure: null,
    };
    const preview = await ask<ImportPreview>({ type: 'import:preview', source, fileName: 'dán' });
    expect(preview.captured).toBe(1);
    await ask({ type: 'import:apply', source, fileName: 'dán' });
    const csv = parseLongCsv(
      (await ask<{ text: string }>({ type: 'export:long-csv', profile: 'standard' })).text,
    );
    const ckmb = csv.filter(
      (r) => r.unit_id === vietTri.id && r.group === 'CKMB' && r.criterion === '',
    );
    expect(ckmb.map((r) => [r.period, r.portal])).toEqual([
      ['2025-08', 'import'],
      ['2026-08', '2026-api'],
    ]);
    expect(ckmb[1]?.score).not.toBe('1.5');
    const trend = await ask<UnitTrend>({
      type: 'trend:unit',
      unitId: vietTri.id,
      criterion: 'CKMB',
    });
    expect(trend.points.find((p) => p.periodKey === '2025-08')?.value).toBe(2.5);
    expect(trend.points.find((p) => p.periodKey === '2025-08')?.imported).toBe(true);
    expect(trend.points.find((p) => p.periodKey === '2026-08')?.imported).toBe(false);
    const report = (period: string) =>
      ask<ReportModel | null>({ type: 'report:build', unitId: vietTri.id, periodKey: period });
    expect((await report('2025-08'))?.asOf.imported).toBe(true);
    expect((await report('2026-08'))?.asOf.imported).toBe(false);
    expect(trend.points.find((p) => p.periodKey === '2026-08')?.value).toBe(Number(ckmb[1]?.score));
  });

  it('yields to a capture stored after the import', async () => {
    const source = freshDatabase('import-first-source');
    const file = PHU_THO_FILES.find((f) => f.includes('transparency')) ?? '';
    await ask(
      { type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedFixture(file) },
      source,
    );
    const text = (
      await ask<{ text: string }>({ type: 'export:long-csv', profile: 'standard' }, source)
    ).text;
    // The province's own CKMB row says 17 in the file: a different number from the capture's.
    const lines = text.split('\r\n');
    const cells = (lines[1] ?? '').split(',');
    expect(cells[8]).toBe('CKMB');
    cells[11] = '17';
    const edited = [lines[0], cells.join(','), ...lines.slice(2)].join('\r\n');
    const target = freshDatabase('import-first-target');
    await ask(
      { type: 'import:apply', source: { kind: 'long-csv', text: edited }, fileName: 'a.csv' },
      target,
    );
    const imported = parseLongCsv(
      (await ask<{ text: string }>({ type: 'export:long-csv', profile: 'standard' }, target)).text,
    );
    expect(imported[0]).toMatchObject({ group: 'CKMB', score: '17', portal: 'import' });
    await ask(
      { type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedFixture(file) },
      target,
    );
    const after = (
      await ask<{ text: string }>({ type: 'export:long-csv', profile: 'standard' }, target)
    ).text;
    expect(after).toBe(text);
  });
});
