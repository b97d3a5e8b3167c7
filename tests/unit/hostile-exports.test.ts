import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../../lib/analysis/analyze-all';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { criteriaColumns, peerColumns, periodColumns } from '../../lib/compare/columns';
import { peerRanking } from '../../lib/compare/peer-ranking';
import { tableCsv } from '../../lib/compare/table-csv';
import { unitsByCriteria } from '../../lib/compare/units-by-criteria';
import { unitsByPeriods } from '../../lib/compare/units-by-periods';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { analysisColumns } from '../../lib/export/analysis-columns';
import { buildLongCsv, parseLongCsv } from '../../lib/export/long-csv';
import { buildRankingWorkbook } from '../../lib/export/ranking-workbook';
import { rankingWorkbookData } from '../../lib/export/ranking-workbook-data';
import { buildReport } from '../../lib/report/build-report';
import { reportDocx } from '../../lib/report/report-docx';
import { renderReportHtml } from '../../lib/report/report-html';
import { freshDatabase } from '../support/fresh-db';
import {
  asSpreadsheetText,
  communeNames,
  FORMULA_START,
  HOSTILE_CRITERION,
  HOSTILE_NAMES,
  hostileAnswer,
  LONG_NAME,
} from '../support/hostile-names';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../support/observed';
import { GROUP_FILES, observedDerived, PHU_THO } from '../support/report-fixtures';
import { docxText, unzip } from '../support/report-unzip';

/*
 * Hostile unit and criterion names from the portal, stored through the real ingest, must come
 * out of every export as the same text: never a formula in a spreadsheet (a `'` in front, as
 * OWASP advises), never markup in the report, and negative numbers still numbers.
 */

const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
const NOW = new Date('2026-10-05T02:00:00Z');
const VICTIMS = communeNames(observedFixture(PHU_THO_FILES[0] as string).responseText, 10);
const NUMBER = /^-?\d+([.,]\d+)?$/;

let snapshots: SnapshotData[] = [];

beforeAll(async () => {
  const db = freshDatabase('hostile-exports');
  const calls = [
    ...PHU_THO_FILES.map((file) => observedFixture(file)),
    ...GROUP_FILES.map((group) => observedDerived(`phu-tho-2026-07/${group}.json`)),
  ];
  for (const call of calls) {
    const responseText = hostileAnswer(call.responseText, VICTIMS, { criterion: true });
    const outcome = await ingestObservedCall(db, { ...call, responseText }, PORTAL_PAGE);
    expect(outcome.state, call.url).toBe('ok');
  }
  snapshots = await latestSnapshotsWithObservations(db);
});

/** Every cell of a spreadsheet-bound table: numbers or safe text, hostile names all there. */
function expectSafeCells(cells: readonly string[], what: string) {
  const risky = cells.filter((c) => FORMULA_START.test(c) && !NUMBER.test(c));
  expect(risky, `${what}: cells a spreadsheet would run`).toEqual([]);
  expect(
    cells.some((c) => NUMBER.test(c) && c.startsWith('-')),
    `${what}: negative numbers`,
  ).toBe(true);
}

describe('hostile names through every export', () => {
  it('were stored as the portal sent them', () => {
    expect(VICTIMS).toHaveLength(HOSTILE_NAMES.length);
    const names = new Set(snapshots.flatMap((s) => s.observations.map((o) => o.unitName)));
    for (const name of HOSTILE_NAMES) expect(names.has(name), name.slice(0, 30)).toBe(true);
    const codes = new Set(snapshots.flatMap((s) => s.observations.map((o) => o.criterion)));
    expect(codes.has(HOSTILE_CRITERION)).toBe(true);
  });

  it.each(['standard', 'excel-vn'] as const)(
    'long CSV (%s): names as text, formulas defused',
    (profile) => {
      const analysis = analyzeAll(snapshots, SETTINGS);
      const csv = buildLongCsv(snapshots, profile, { extraColumns: analysisColumns(analysis) });
      const rows = parseLongCsv(csv);
      const names = new Set(rows.map((r) => r.unit_name));
      for (const name of HOSTILE_NAMES) expect(names.has(asSpreadsheetText(name))).toBe(true);
      expect(names.has(LONG_NAME)).toBe(true);
      expect(rows.some((r) => r.criterion === asSpreadsheetText(HOSTILE_CRITERION))).toBe(true);
      expectSafeCells(
        rows.flatMap((r) => Object.values(r)),
        `long CSV ${profile}`,
      );
    },
  );

  it.each(['standard', 'excel-vn'] as const)('comparison table CSVs (%s)', (profile) => {
    const request = { rootUnitId: PHU_THO, periodKey: '2026-08' };
    const peer = peerRanking(snapshots, SETTINGS, request);
    const periods = unitsByPeriods(snapshots, SETTINGS, {
      rootUnitId: PHU_THO,
      measure: { type: 'total' },
    });
    const criteria = unitsByCriteria(snapshots, SETTINGS, { ...request, scope: 'all' });
    if (!peer || !periods || !criteria) throw new Error('no comparison tables');
    const files = [
      tableCsv(peerColumns(peer), peer.rows, profile),
      tableCsv(periodColumns(periods), periods.rows, profile),
      tableCsv(criteriaColumns(criteria), criteria.rows, profile),
    ];
    for (const [i, file] of files.entries()) {
      const body = file.replace(/^\uFEFF/, '');
      const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const cells = parsed.data.flat();
      for (const name of HOSTILE_NAMES) {
        expect(cells, `table ${i} ${name.slice(0, 20)}`).toContain(asSpreadsheetText(name));
      }
      if (i !== 2) expectSafeCells(cells, `table ${i}`);
      else expect(cells.filter((c) => FORMULA_START.test(c) && !NUMBER.test(c))).toEqual([]);
    }
  });

  it('ranking workbook: names stay text with a quote, numbers stay numbers', {
    timeout: 60_000,
  }, async () => {
    const data = rankingWorkbookData(
      snapshots,
      SETTINGS,
      { rootUnitId: PHU_THO, periodKey: '2026-08', kind: 'all', highlightUnitId: null },
      NOW,
    );
    if (!data) throw new Error('no workbook data');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildRankingWorkbook(data)).buffer as ArrayBuffer);
    const texts: string[] = [];
    const formulas: string[] = [];
    let negatives = 0;
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
          if (typeof cell.value === 'string') texts.push(cell.value);
          if (typeof cell.value === 'number' && cell.value < 0) negatives++;
        });
      });
    });
    expect(formulas).toEqual([]);
    expect(texts.filter((t) => FORMULA_START.test(t))).toEqual([]);
    for (const name of HOSTILE_NAMES) expect(texts).toContain(asSpreadsheetText(name));
    expect(negatives).toBeGreaterThan(0);
  });

  it('report HTML and .docx: markup is text, no element or link comes from a name', {
    timeout: 60_000,
  }, async () => {
    const units = snapshots.flatMap((s) => s.observations).filter((o) => o.unitKind === 'COMMUNE');
    for (const name of HOSTILE_NAMES.slice(0, 4)) {
      const unitId = units.find((o) => o.unitName === name)?.unitId;
      if (!unitId) throw new Error(`no unit named ${name}`);
      const model = buildReport({
        snapshots,
        unitId,
        period: '2026-08',
        settings: SETTINGS,
        now: NOW,
      });
      const html = renderReportHtml(model);
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      expect(parsed.querySelectorAll('img, script, a, iframe, [onerror]')).toHaveLength(0);
      expect(parsed.body.textContent).toContain(name);
      const xml =
        unzip(await reportDocx(model))
          .get('word/document.xml')
          ?.toString('utf8') ?? '';
      expect(xml).not.toContain('<img');
      expect(xml).not.toContain('<script');
      expect(docxText(xml)).toContain(name);
    }
    const province = renderReportHtml(
      buildReport({ snapshots, unitId: PHU_THO, period: '2026-08', settings: SETTINGS, now: NOW }),
    );
    const parsed = new DOMParser().parseFromString(province, 'text/html');
    expect(parsed.querySelectorAll('img, script, a, iframe, [onerror]')).toHaveLength(0);
  });
});
