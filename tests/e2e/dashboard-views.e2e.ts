/**
 * Every route of the dashboard contract (#15) opened with its parameters after capturing the
 * six August 2026 groups of Phú Thọ on the replica. Expected values come from the fixture
 * files, read here without the extension's parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { criterionInfo } from '../../lib/model/criteria';
import type { Replica } from '../replica/server.ts';
import { captureAugustFromPanel, openDashboard } from '../support/dashboard-e2e.ts';
import { ARTIFACTS, PHU_THO, startHarness } from '../support/e2e-harness.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import { rawBelow, rawCriterion, rawNeeded, rawUnits, vnCount } from '../support/report-expect.ts';
import { GROUP_FILES } from '../support/report-fixtures.ts';
import { docxText, unzip } from '../support/report-unzip.ts';

const DIR = join('tests', 'fixtures', 'portal-2026', 'phu-tho-2026-08');

interface RawRow {
  departmentId: string;
  departmentName: string;
  totalScore?: number | null;
  score?: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The province's six group scores and its children, straight from the JSON. */
function fixtureFacts() {
  let total = 0;
  let name = '';
  const children = new Map<string, string>();
  /** Each child's six group scores, for totals computed here. */
  const scores = new Map<string, number[]>();
  for (const file of GROUP_FILES) {
    const data = JSON.parse(readFileSync(join(DIR, `${file}.json`), 'utf8')).data as {
      overview?: RawRow;
      parent?: RawRow;
      evaluation?: RawRow[];
      children?: RawRow[];
    };
    const root = data.overview ?? data.parent;
    if (!root) throw new Error(`${file}: no root row`);
    total += root.totalScore ?? 0;
    name = root.departmentName.normalize('NFC');
    for (const c of data.evaluation ?? data.children ?? []) {
      children.set(c.departmentId, c.departmentName.normalize('NFC'));
      const score = c.totalScore ?? c.score;
      if (typeof score === 'number') {
        scores.set(c.departmentId, [...(scores.get(c.departmentId) ?? []), score]);
      }
    }
  }
  const totals = new Map<string, number>();
  for (const [id, six] of scores) {
    if (six.length === GROUP_FILES.length) totals.set(id, round2(six.reduce((a, b) => a + b, 0)));
  }
  return { name, total: round2(total), children, totals, scores };
}

const FACTS = fixtureFacts();
const vi2 = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

describe('dashboard views on the six captured August groups', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  const open = (hash: string) => openDashboard(browser, hash);

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    await captureAugustFromPanel(browser);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('states the six group scores, each criterion below target with value, gap and what it takes, and the appendix', async () => {
    const units = rawUnits(8);
    const province = units.get(PHU_THO);
    if (!province) throw new Error('no province in the fixture');
    const page = await open(`#/report?unit=${PHU_THO}&period=2026-08`);
    const text = page.getByTestId('report-text');
    await text.waitFor();
    const body = (await text.textContent()) ?? '';

    const maxima = { CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDHL: 18, MDSH: 22 };
    for (const [code, max] of Object.entries(maxima)) {
      const score = province.groups[code as keyof typeof maxima];
      expect(body, code).toContain(`đạt ${vi2(score ?? Number.NaN)}/${max} điểm`);
    }

    const pct = (n: number) =>
      new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        n,
      );
    const below = rawBelow(province, DEFAULT_PROFILE.rules);
    expect(below.length).toBeGreaterThan(0);
    for (const e of below) {
      const value = e.value ?? Number.NaN;
      expect(body, e.code).toContain(
        `${pct(value)}% (mục tiêu ${e.target}%, còn thiếu ${pct(e.target - value)} điểm %)`,
      );
      const needed = rawNeeded(e.numerator ?? 0, e.denominator ?? 0, e.target);
      expect(body, e.code).toContain(`cần thêm ${vnCount(needed)} `);
    }
    expect(body).toContain('cần thêm 92.784 hồ sơ');

    // The appendix: for each criterion the province misses (bar those whose child values only
    // repeat the province's), every child below target, worst first.
    const appendix = body.slice(body.indexOf('PHỤ LỤC'));
    const tables = appendix.split('\n\n').map((block) =>
      block
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => line.split(' | ')[1]),
    );
    const sections = below.filter((e) => criterionInfo(e.code)?.commune !== 'province-only');
    expect(sections.length).toBeGreaterThan(0);
    for (const e of sections) {
      const names = [...units.values()]
        .filter((u) => u.id !== PHU_THO)
        .map((u) => ({ name: u.name, value: rawCriterion(u, e.code)?.value ?? null }))
        .filter((u): u is { name: string; value: number } => u.value !== null && u.value < e.target)
        .sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'vi'))
        .map((u) => u.name);
      expect(names.length, e.code).toBeGreaterThan(0);
      expect(tables, e.code).toContainEqual(names);
    }
  });

  it('opens the report of a unit and period with its total /100 and its name', async () => {
    const page = await open(`#/report?unit=${PHU_THO}&period=2026-08`);
    const text = page.getByTestId('report-text');
    await text.waitFor();
    const body = (await text.textContent()) ?? '';
    expect(body).toContain(FACTS.name);
    expect(body).toContain(`${vi2(FACTS.total)}/100`);
    expect(await page.getByTestId('nav-report').getAttribute('aria-current')).toBe('page');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-report.png'), fullPage: false });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chiso766-bao-cao-H44-2026-08\.docx$/);
    const files = unzip(new Uint8Array(readFileSync((await download.path()) ?? '')));
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(docxText(xml)).toContain(`${vi2(FACTS.total)}/100`);
    expect(xml).toContain('Times New Roman');
    // The report is text: no element inside the text box, whatever the unit names hold.
    expect(await page.locator('[data-testid="report-text"] *').count()).toBe(0);

    // Copy hands the clipboard both the plain text and the HTML. Chromium cannot grant an
    // extension origin clipboard-read, so the test records what the page writes.
    await page.evaluate(() => {
      const record = window as unknown as { copied: Record<string, string> };
      record.copied = {};
      navigator.clipboard.write = async (items: ClipboardItem[]) => {
        for (const item of items) {
          for (const type of item.types) {
            record.copied[type] = await (await item.getType(type)).text();
          }
        }
      };
    });
    await page.getByTestId('report-copy').click();
    await expect
      .poll(() => page.getByTestId('report-message').textContent())
      .toBe('Đã sao chép báo cáo (văn bản và định dạng).');
    const clip = await page.evaluate(
      () => (window as unknown as { copied: Record<string, string> }).copied,
    );
    expect(clip['text/plain']?.trim()).toBe(body.trim());
    expect(clip['text/html']).toContain(`${vi2(FACTS.total)}/100`);
    expect(clip['text/html']).toContain(FACTS.name);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.getByTestId('export-docx').isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-report-print.png'), fullPage: true });
    await page.close();
  });

  it('opens the peer ranking of a root and period with every child', async () => {
    const child = [...FACTS.children.keys()][0] as string;
    const page = await open(`#/compare?root=${PHU_THO}&period=2026-08&unit=${child}`);
    const rows = page.locator('[data-testid="peer-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(FACTS.children.size);
    const names = await page.locator('[data-testid="peer-table"] tbody th').allTextContents();
    expect(new Set(names)).toEqual(new Set(FACTS.children.values()));
    expect(await page.locator(`tr[data-unit="${child}"]`).getAttribute('class')).toBe('highlight');
    await page
      .getByTestId('compare-search')
      .fill((FACTS.children.get(child) ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, ''));
    await expect.poll(() => page.locator(`tr[data-unit="${child}"]`).count()).toBe(1);
    await page.getByTestId('compare-search').fill('');
    await page.locator('button[data-sort="total"]').click();
    expect(await page.locator('th:has(button[data-sort="total"])').getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-compare.png'), fullPage: false });

    // The workbook, read back: every child once, its total the sum of its six fixture groups.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('chiso766-xep-hang-H44-2026-08.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path()) ?? '');
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(4).values as unknown[]).map(String);
    const totalCol = header.indexOf('Tổng điểm');
    const seen = new Map<string, number | null>();
    for (let r = 5; r < 5 + FACTS.children.size; r++) {
      const row = sheet.getRow(r);
      const value = row.getCell(totalCol).value;
      seen.set(String(row.getCell(2).value), typeof value === 'number' ? value : null);
    }
    expect(new Set(seen.keys())).toEqual(new Set(FACTS.children.values()));
    for (const [id, total] of FACTS.totals) {
      expect(seen.get(FACTS.children.get(id) ?? ''), id).toBeCloseTo(total, 2);
    }

    // Every group score and rank, and every total rank, against a competition ranking done
    // here (1 + the number of children strictly better).
    const rankOf = (values: number[], mine: number) => 1 + values.filter((v) => v > mine).length;
    const totals = [...FACTS.totals.values()];
    const byName = new Map<string, ExcelJS.Row>();
    for (let r = 5; r < 5 + FACTS.children.size; r++) {
      byName.set(String(sheet.getRow(r).getCell(2).value), sheet.getRow(r));
    }
    for (const [id, six] of FACTS.scores) {
      const row = byName.get(FACTS.children.get(id) ?? '');
      if (!row) throw new Error(`no row for ${id}`);
      six.forEach((score, g) => {
        const column = 4 + 2 * g;
        const all = [...FACTS.scores.values()].map((x) => x[g] ?? Number.NaN);
        expect(row.getCell(column).value, `${id} group ${g}`).toBeCloseTo(score, 2);
        expect(row.getCell(column + 1).value, `${id} group ${g} rank`).toBe(rankOf(all, score));
      });
      const total = FACTS.totals.get(id);
      if (total !== undefined) {
        expect(row.getCell(totalCol + 1).value, `${id} total rank`).toBe(rankOf(totals, total));
      }
    }
    expect(header[totalCol + 1]).toBe('Hạng tổng');
    await page.close();
  });

  it('opens the trend of a unit, with the stored period in its table', async () => {
    const page = await open(`#/trend?unit=${PHU_THO}`);
    const row = page.locator('[data-testid="trend-table"] tr[data-period="2026-08"]');
    await row.waitFor();
    expect(await row.locator('[data-col="value"]').textContent()).toBe(
      new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        FACTS.total,
      ),
    );
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-trend.png'), fullPage: false });
    await page.close();

    const group = await open(`#/trend?unit=${PHU_THO}&criterion=MDHL`);
    await group.locator('[data-testid="trend-table"] tr[data-period="2026-08"]').waitFor();
    expect(await group.locator('tr[data-period="2026-08"] [data-col="value"]').textContent()).toBe(
      '12,96',
    );
    await group.close();
  });

  it('switches the report and the nav to English and back', async () => {
    const page = await open(`#/report?unit=${PHU_THO}&period=2026-08`);
    await page.getByTestId('report-text').waitFor();
    await page.locator('.locale-switch select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-report').textContent()).toBe('Report');
    const total = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(FACTS.total);
    await expect
      .poll(() => page.getByTestId('report-text').textContent())
      .toContain(`scored ${total}/100 points`);
    await page.locator('.locale-switch select').selectOption('vi');
    await expect.poll(() => page.getByTestId('nav-report').textContent()).toBe('Báo cáo');
    await page.close();
  });

  it('puts the letterhead set once in the settings on the report .docx', async () => {
    const settings = await open('#/settings');
    await settings.getByTestId('letterhead-parentBody').fill('UBND TỈNH PHÚ THỌ');
    await settings.getByTestId('letterhead-issuingBody').fill('VĂN PHÒNG');
    await settings.getByTestId('letterhead-place').fill('Phú Thọ');
    await settings.getByTestId('letterhead-signerTitle').fill('CHÁNH VĂN PHÒNG');
    await settings.getByTestId('letterhead-recipients').fill('- Chủ tịch UBND tỉnh;\n- Lưu: VT.');
    await settings.getByTestId('letterhead-save').click();
    await expect
      .poll(() => settings.getByTestId('letterhead-message').textContent())
      .toContain('Đã lưu');
    await settings.screenshot({ path: join(ARTIFACTS, 'dashboard-settings.png'), fullPage: true });
    await settings.close();

    const page = await open(`#/report?unit=${PHU_THO}&period=2026-08`);
    await page.getByTestId('report-text').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-docx').click(),
    ]);
    const files = unzip(new Uint8Array(readFileSync((await download.path()) ?? '')));
    const text = docxText(files.get('word/document.xml')?.toString('utf8') ?? '');
    for (const part of ['UBND TỈNH PHÚ THỌ', 'VĂN PHÒNG', 'Phú Thọ, ngày', 'CHÁNH VĂN PHÒNG']) {
      expect(text, part).toContain(part);
    }
    expect(text).toContain('Chủ tịch UBND tỉnh;');
    expect(text).toContain('Lưu: VT.');
    await page.close();
  });

  it('says on the data view how much storage the history takes and whether it is kept', async () => {
    const page = await open('#/data');
    const usage = page.getByTestId('storage-usage');
    await usage.waitFor();
    // The browser's own figures, read here, are the ones the page words.
    const estimate = (await page.evaluate('navigator.storage.estimate()')) as {
      usage: number;
      quota: number;
    };
    expect(estimate.usage).toBeGreaterThan(0);
    expect(await usage.getAttribute('data-level')).toBe(
      estimate.usage / estimate.quota >= 0.8 ? 'near' : 'ok',
    );
    expect(await usage.textContent()).toMatch(
      /^Đang dùng [\d.,]+ (B|KB|MB|GB) trên [\d.,]+ (MB|GB|TB)/,
    );
    const persisted = (await page.evaluate('navigator.storage.persisted()')) as boolean;
    expect(await page.getByTestId('storage-persisted').getAttribute('data-persisted')).toBe(
      String(persisted),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-data.png'), fullPage: true });
    await page.close();
  });

  it('opens the overview, data and settings views, and defaults a bare route', async () => {
    for (const [hash, ready] of [
      ['#/overview', 'analysis-table'],
      ['#/data', 'export-long-csv'],
      ['#/settings', 'profile-add'],
      ['', 'analysis-table'],
    ] as const) {
      const page = await open(hash);
      await page.getByTestId(ready).waitFor();
      await page.close();
    }
    const bare = await open('#/report');
    expect(await bare.getByTestId('report-text').textContent()).toContain(FACTS.name);
    await bare.getByTestId('nav-compare').click();
    await bare.getByTestId('peer-table').waitFor();
    expect(new URL(bare.url()).hash).toBe('#/compare');
    await bare.close();
  });
});
