import { describe, expect, it } from 'vitest';
import type { NormalizedCapture } from '../../lib/model/observation';
import {
  type ParseResult,
  parseCapture,
  periodFromDates,
  readRequest,
} from '../../lib/portal/api2026';
import { type FixtureCapture, fixtureCaptures, fixtureText } from '../support/fixtures';
import { captureInput } from '../support/portal/capture-input';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
const AUG_2026 = { type: 'month', year: 2026, number: 8 } as const;

function fixture(suffix: string): FixtureCapture {
  const capture = fixtureCaptures().find((c) => c.file.endsWith(suffix));
  if (!capture) throw new Error(`no fixture ${suffix}`);
  return capture;
}

/**
 * The fixture as loosely typed JSON: these tests edit deep fields by hand, and the point is
 * to produce shapes the types would forbid.
 */
// biome-ignore lint/suspicious/noExplicitAny: hand-edited raw JSON, see above.
type Loose = any;

function rawJson(capture: FixtureCapture): { code: string; data: Loose } {
  return JSON.parse(fixtureText(capture.file));
}

function ok(result: ParseResult): NormalizedCapture {
  if (!result.ok) throw new Error(`${result.stage}: ${result.reason}`);
  return result.value;
}

function refused(result: ParseResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

const transparency = fixture('phu-tho-2026-08/transparency.json');
const satisfaction = fixture('phu-tho-2026-08/handling-satisfaction.json');
const digitized = fixture('phu-tho-2026-08/dossier-digitized.json');
const progress = fixture('phu-tho-2026-08/dvc-progress-tree.json');
const national = fixture('national-2026/service-results.json');
const giaLai = fixture('gia-lai-2026-02/service-results.json');
const formalities = fixture('formalities-page-1.json');

describe('period from the request', () => {
  const at = new Date('2026-09-27T03:00:00Z');
  const base = { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200 };

  it.each([
    [{ timeType: 'month', year: 2026, month: 8 }, AUG_2026],
    [
      { timeType: 'quarter', year: 2026, quarter: 3 },
      { type: 'quarter', year: 2026, number: 3 },
    ],
    [
      { timeType: 'year', year: 2026 },
      { type: 'year', year: 2026, number: null },
    ],
    [{ timeType: 'month', year: '2026', month: '8' }, AUG_2026],
  ])('reads %j', (body, period) => {
    const { context } = readRequest(
      'evaluation/transparency',
      JSON.stringify({ ...base, ...body }),
      at,
    );
    expect(context.period).toEqual(period);
  });

  it.each([
    [{ timeType: 'month', year: 2026 }, /tháng/],
    [{ timeType: 'month', year: 2026, month: 13 }, /month 13/],
    [{ timeType: 'quarter', year: 2026, quarter: 5 }, /quarter 5/],
    [{ timeType: 'week', year: 2026 }, /"week"/],
    [{ year: 2026, month: 8 }, /timeType/],
  ])('refuses %j', (body, message) => {
    const result = refused(
      parseCapture(
        captureInput(transparency, fixtureText(transparency.file), {
          request: { ...base, ...body },
        }),
      ),
    );
    expect(result.stage).toBe('request');
    expect(result.reason).toMatch(/^transparency: /);
    expect(result.reason).toMatch(message);
  });

  it('applies a quarter request to the same response', () => {
    const request = { ...base, timeType: 'quarter', year: 2026, quarter: 3 };
    const value = ok(
      parseCapture(
        captureInput(transparency, fixtureText(transparency.file), { request, capturedAt: at }),
      ),
    );
    expect(value.context.period).toEqual({ type: 'quarter', year: 2026, number: 3 });
    expect(value.context.periodClosed).toBe(false);
  });
});

describe('handling-satisfaction dates', () => {
  it.each([
    ['2026-08-01', '2026-08-31', AUG_2026],
    ['2026-07-01', '2026-09-30', { type: 'quarter', year: 2026, number: 3 }],
    ['2026-01-01', '2026-12-31', { type: 'year', year: 2026, number: null }],
    ['2028-02-01', '2028-02-29', { type: 'month', year: 2028, number: 2 }],
  ])('%s → %s is a calendar period', (fromDate, toDate, period) => {
    expect(periodFromDates(fromDate, toDate)).toEqual(period);
    const request = { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200, fromDate, toDate };
    const value = ok(
      parseCapture(captureInput(satisfaction, fixtureText(satisfaction.file), { request })),
    );
    expect(value.context.period).toEqual(period);
  });

  it.each([
    ['2026-08-02', '2026-08-31'],
    ['2026-08-01', '2026-09-15'],
    ['2026-02-01', '2026-02-29'],
    ['2026-07-01', '2026-08-31'],
    ['01/08/2026', '31/08/2026'],
  ])('refuses %s → %s, naming the dates', (fromDate, toDate) => {
    const request = { rootDepartmentId: PHU_THO, fromDate, toDate };
    const result = refused(
      parseCapture(captureInput(satisfaction, fixtureText(satisfaction.file), { request })),
    );
    expect(result.stage).toBe('request');
    expect(result.reason).toContain('handling-satisfaction');
    expect(result.reason).toContain(fromDate);
    expect(result.reason).toContain(toDate);
  });

  it('refuses dates that contradict a timeType sent alongside', () => {
    const request = {
      rootDepartmentId: PHU_THO,
      fromDate: '2026-08-01',
      toDate: '2026-08-31',
      timeType: 'month',
      year: 2026,
      month: 7,
    };
    const result = refused(
      parseCapture(captureInput(satisfaction, fixtureText(satisfaction.file), { request })),
    );
    expect(result.reason).toMatch(/mâu thuẫn/);
  });
});

describe('root unit, scope and closed periods', () => {
  it('scopes by formalityId, and by formalityID on dossier-digitized', () => {
    const at = new Date('2026-09-28T00:00:00Z');
    const body = { rootDepartmentId: PHU_THO, timeType: 'month', year: 2026, month: 8 };
    const lower = readRequest(
      'evaluation/transparency',
      JSON.stringify({ ...body, formalityId: 'f-1' }),
      at,
    );
    expect(lower.context.scope).toBe('formality:f-1');
    const upper = readRequest(
      'evaluation/dossier-digitized',
      JSON.stringify({ ...body, formalityID: 'f-2' }),
      at,
    );
    expect(upper.context.scope).toBe('formality:f-2');
    const none = readRequest(
      'evaluation/dossier-digitized',
      JSON.stringify({ ...body, formalityID: '' }),
      at,
    );
    expect(none.context.scope).toBe('all');
    const value = ok(
      parseCapture(
        captureInput(digitized, fixtureText(digitized.file), {
          request: { ...digitized.requestBody, formalityID: '2.000815' },
        }),
      ),
    );
    expect(value.context.scope).toBe('formality:2.000815');
  });

  it('closes August 2026 at midnight in Vietnam (17:00 UTC on the 31st)', () => {
    const before = parseCapture(
      captureInput(progress, fixtureText(progress.file), {
        capturedAt: new Date('2026-08-31T16:59:59Z'),
      }),
    );
    const after = parseCapture(
      captureInput(progress, fixtureText(progress.file), {
        capturedAt: new Date('2026-08-31T17:00:00Z'),
      }),
    );
    expect(ok(before).context.periodClosed).toBe(false);
    expect(ok(after).context.periodClosed).toBe(true);
  });

  it('roots the national summary at NATION, the province summary at its request', () => {
    expect(
      ok(parseCapture(captureInput(national, fixtureText(national.file)))).context.rootUnitId,
    ).toBe('NATION');
    expect(
      ok(parseCapture(captureInput(giaLai, fixtureText(giaLai.file)))).context.rootUnitId,
    ).toBe(GIA_LAI);
    const catalogue = ok(parseCapture(captureInput(formalities, fixtureText(formalities.file))));
    expect(catalogue.context).toMatchObject({ rootUnitId: null, period: null, scope: 'all' });
  });

  it('refuses a missing, empty or non-JSON request body', () => {
    for (const requestBody of [null, '', '{not json', '[1,2]']) {
      const result = refused(
        parseCapture({ ...captureInput(progress, fixtureText(progress.file)), requestBody }),
      );
      expect(result.stage).toBe('request');
      expect(result.reason).toMatch(/^dvc-progress-tree: .*request body/);
    }
    const noRoot = refused(
      parseCapture(
        captureInput(progress, fixtureText(progress.file), {
          request: { timeType: 'month', year: 2026, month: 8 },
        }),
      ),
    );
    expect(noRoot.reason).toMatch(/rootDepartmentId/);
  });
});

describe('consistency between request and response', () => {
  it('refuses the national summary emitted while a province is selected', () => {
    const request = { timeType: 'year', year: 2026, rootDepartmentId: GIA_LAI };
    const result = refused(
      parseCapture(captureInput(national, fixtureText(national.file), { request })),
    );
    expect(result.stage).toBe('consistency');
    expect(result.reason).toMatch(/^service-results: .*Cả nước/);
    expect(result.reason).toContain(GIA_LAI);
    expect(result.context?.rootUnitId).toBe(GIA_LAI);
  });

  it('refuses a province summary answered to a national request', () => {
    const request = {
      timeType: 'month',
      year: 2026,
      month: 2,
      departmentType: 'ADMINISTRATIVE_UNIT',
    };
    const result = refused(
      parseCapture(captureInput(giaLai, fixtureText(giaLai.file), { request })),
    );
    expect(result.stage).toBe('consistency');
    expect(result.reason).toMatch(/Gia Lai/);
  });

  it('refuses a metric or tree response rooted elsewhere than requested', () => {
    const request = { ...transparency.requestBody, rootDepartmentId: GIA_LAI };
    const metric = refused(
      parseCapture(captureInput(transparency, fixtureText(transparency.file), { request })),
    );
    expect(metric.stage).toBe('consistency');
    expect(metric.reason).toMatch(/^transparency: .*overview\.departmentId/);
    const tree = refused(
      parseCapture(
        captureInput(progress, fixtureText(progress.file), {
          request: { ...progress.requestBody, rootDepartmentId: GIA_LAI },
        }),
      ),
    );
    expect(tree.reason).toMatch(/^dvc-progress-tree: .*parent\.departmentId/);
  });

  it('warns, without refusing, when more pages exist than the one stored', () => {
    const json = rawJson(transparency);
    json.data.pagination.totalPages = 2;
    json.data.pagination.total = 400;
    const value = ok(parseCapture(captureInput(transparency, JSON.stringify(json))));
    expect(value.warnings).toHaveLength(1);
    expect(value.warnings[0]).toMatch(/^transparency: chỉ lưu trang 1\/2/);
    expect(value.units).toHaveLength(164);
  });

  it('refuses a page other than the one requested, or fewer in total than received', () => {
    const wrongPage = rawJson(transparency);
    wrongPage.data.pagination.currentPage = 2;
    const page = refused(parseCapture(captureInput(transparency, JSON.stringify(wrongPage))));
    expect(page.stage).toBe('consistency');
    expect(page.reason).toMatch(/currentPage 2/);
    const tooFew = rawJson(transparency);
    tooFew.data.pagination.total = 100;
    expect(
      refused(parseCapture(captureInput(transparency, JSON.stringify(tooFew)))).reason,
    ).toMatch(/total 100/);
  });

  it('refuses repeated child ids and repeated metric codes', () => {
    const dup = rawJson(digitized);
    dup.data.evaluation[5].departmentId = dup.data.evaluation[2].departmentId;
    const ids = refused(parseCapture(captureInput(digitized, JSON.stringify(dup))));
    expect(ids.stage).toBe('consistency');
    expect(ids.reason).toMatch(/data\.evaluation\[2\] và data\.evaluation\[5\]/);
    const codes = rawJson(digitized);
    codes.data.evaluation[1].metrics[3].code = codes.data.evaluation[1].metrics[0].code;
    expect(refused(parseCapture(captureInput(digitized, JSON.stringify(codes)))).reason).toMatch(
      /data\.evaluation\[1\]\.metrics\[3\]\.code/,
    );
  });

  it('refuses an envelope whose code is not OK', () => {
    const json = { code: 'ERROR', data: null, message: 'Lỗi hệ thống' };
    const result = refused(parseCapture(captureInput(progress, JSON.stringify(json))));
    expect(result.stage).toBe('consistency');
    expect(result.reason).toBe(
      'dvc-progress-tree: cổng trả về mã "ERROR" thay vì "OK" (message: Lỗi hệ thống)',
    );
  });
});

describe('transport and schema messages', () => {
  const text = fixtureText(progress.file);

  it.each([
    [{ status: 403 }, /HTTP 403/],
    [{ status: 0 }, /HTTP 0/],
    [{ responseText: '<html><body>Request Rejected</body></html>' }, /HTML/],
    [{ responseText: '' }, /rỗng/],
    [{ contentType: 'text/plain' }, /content-type text\/plain/],
  ])('refuses %j at the transport stage', (overrides, message) => {
    const result = refused(parseCapture(captureInput(progress, text, overrides)));
    expect(result.stage).toBe('transport');
    expect(result.reason).toMatch(/^dvc-progress-tree: /);
    expect(result.reason).toMatch(message);
  });

  it('refuses an unknown endpoint at the request stage', () => {
    const result = refused(
      parseCapture(
        captureInput(progress, text, {
          url: 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/new-thing',
        }),
      ),
    );
    expect(result.stage).toBe('request');
    expect(result.reason).toMatch(/evaluation\/new-thing/);
  });

  it('refuses broken JSON at the json stage', () => {
    const result = refused(parseCapture(captureInput(progress, text.slice(0, 500))));
    expect(result.stage).toBe('json');
    expect(result.reason).toMatch(/^dvc-progress-tree: /);
  });

  it('names the endpoint and the field path of a wrong type', () => {
    const json = rawJson(transparency);
    json.data.evaluation[3].metrics[1].score = '1,5';
    const result = refused(parseCapture(captureInput(transparency, JSON.stringify(json))));
    expect(result.stage).toBe('schema');
    expect(result.reason).toBe(
      'transparency: data.evaluation[3].metrics[1].score: sai kiểu dữ liệu (expected number, received string)',
    );
  });

  it('names a missing required field and an unknown unit kind', () => {
    const json = rawJson(progress);
    delete json.data.children[7].ratio;
    expect(refused(parseCapture(captureInput(progress, JSON.stringify(json)))).reason).toBe(
      'dvc-progress-tree: data.children[7].ratio: thiếu trường bắt buộc (missing, expected number)',
    );
    const kind = rawJson(progress);
    kind.data.children[2].level = 'MINISTRY';
    expect(refused(parseCapture(captureInput(progress, JSON.stringify(kind)))).reason).toMatch(
      /^dvc-progress-tree: data\.children\[2\]\.level: .*"MINISTRY"/,
    );
  });

  it('keeps unknown fields and treats drift in chart data as a warning', () => {
    const json = rawJson(national);
    json.data.evaluation[0].newIndicator = 12.5;
    json.data.evaluation[0].groupScores.NEWG = 1;
    json.data.radar[0].score = 'n/a';
    json.data.somethingNew = { a: 1 };
    const value = ok(parseCapture(captureInput(national, JSON.stringify(json))));
    const id = json.data.evaluation[0].departmentId;
    const total = value.observations.find((o) => o.unitId === id && o.group === 'TOTAL');
    expect(total?.params).toMatchObject({ newIndicator: 12.5, scoreDelta: 24.71 });
    expect(value.warnings.join('\n')).toMatch(/data\.radar\[0\]\.score/);
    expect(value.warnings.join('\n')).toMatch(/"NEWG"/);
  });
});

describe('unit names in NFC', () => {
  // As a real An Giang capture wrote it: a combining grave on ơ and a combining acute on u.
  const decomposed = 'UBND phư\u01A1\u0300ng Long Phu\u0301';

  it('stores composed names, from a summary and a metric capture', () => {
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const summary = rawJson(giaLai);
    summary.data.evaluation[4].departmentName = decomposed;
    const fromSummary = ok(parseCapture(captureInput(giaLai, JSON.stringify(summary))));
    expect(fromSummary.units[5]?.name).toBe('UBND phường Long Phú');
    expect(fromSummary.units[5]?.name).toBe(decomposed.normalize('NFC'));

    const metric = rawJson(satisfaction);
    metric.data.evaluation[0].departmentName = decomposed;
    const fromMetric = ok(parseCapture(captureInput(satisfaction, JSON.stringify(metric))));
    expect(fromMetric.units[1]?.name).toBe('UBND phường Long Phú');
  });

  it('recognises a decomposed "Cả nước" as the nation', () => {
    const json = rawJson(national);
    json.data.overview.departmentName = 'Cả nước'.normalize('NFD');
    const request = { ...national.requestBody, rootDepartmentId: GIA_LAI };
    delete (request as Record<string, unknown>).departmentType;
    expect(
      refused(parseCapture(captureInput(national, JSON.stringify(json), { request }))).stage,
    ).toBe('consistency');
    const value = ok(parseCapture(captureInput(national, JSON.stringify(json))));
    expect(value.units[0]?.name).toBe('Cả nước');
  });
});
