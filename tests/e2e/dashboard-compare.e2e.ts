/**
 * The comparison tables of `#/compare` (#15 item 2) and their CSV (item 5) after capturing the
 * six groups of Phú Thọ for 08/2026 (real) and 07/2026 (derived) on the replica. Every expected
 * number is computed here from the fixture JSON, without the extension's parser.
 */

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  csvNumber,
  downloadCsvs,
  monthFacts,
  round2,
  tableCells,
  trendOf,
  vi2,
} from '../support/compare-facts.ts';
import { contrastFailures } from '../support/contrast.ts';
import { openDashboard, phuThoPortal } from '../support/dashboard-e2e.ts';
import { ARTIFACTS, PHU_THO, startHarness } from '../support/e2e-harness.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import { paintedTexts } from '../support/painted-text.ts';

const JULY = monthFacts('2026-07');
const AUGUST = monthFacts('2026-08');
const CHILDREN = [...AUGUST.names.keys()];
const TARGET_DRS = 92; // the built-in profile's satisfaction target (lib/analysis/targets)

describe('the comparison tables: units × periods, units × criteria, CSV', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  const open = (hash: string) => openDashboard(browser, hash);

  /** Opens the portal at a month and stores its six groups with "store the missing groups". */
  const captureMonth = async (month: number) => {
    const portal = await browser.context.newPage();
    await portal.goto(phuThoPortal(month));
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="groups-stored"][data-stored="1"]');
    await panel.getByTestId('capture-all').click();
    // The panel keeps the previous month's "done" line: wait for the six groups instead, and
    // for Tổng hợp, which capture-all fetches last (#12).
    await panel.waitForSelector('[data-testid="groups-stored"][data-stored="6"]', {
      timeout: 30_000,
    });
    await panel.waitForSelector('[data-group="TOTAL"][data-stored="true"]', { timeout: 30_000 });
    await panel.close();
    await portal.close();
  };

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    await captureMonth(7);
    await captureMonth(8);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('shows the total of every unit over July and August, with ▲▼ and CSV', async () => {
    const child = CHILDREN[3] as string;
    const page = await open(`#/compare?root=${PHU_THO}&period=2026-08&table=periods&unit=${child}`);
    await page.getByTestId('periods-table').waitFor();
    expect(await page.getByTestId('compare-tab-periods').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('compare-tab-peer').getAttribute('aria-current')).toBeNull();
    const heads = await page.locator('[data-testid="periods-table"] thead th').allTextContents();
    expect(heads.slice(1)).toEqual(['07/2026', '08/2026']);

    const rows = await tableCells(page, 'periods-table');
    expect(rows[0]?.unit).toBe(PHU_THO);
    expect(
      rows
        .slice(1)
        .map((r) => r.unit)
        .sort(),
    ).toEqual([...CHILDREN].sort());
    for (const row of rows) {
      const [jul, aug] = [JULY.totals.get(row.unit), AUGUST.totals.get(row.unit)];
      expect(row.cells['2026-07']?.value, row.name).toBe(jul === undefined ? '' : vi2(jul));
      expect(row.cells['2026-08']?.value, row.name).toBe(aug === undefined ? '' : vi2(aug));
      expect(row.cells['2026-08']?.trend ?? null, row.name).toBe(trendOf(jul, aug));
      expect(row.cells['2026-07']?.trend ?? null).toBeNull();
    }
    expect(await page.locator(`tr[data-unit="${child}"]`).getAttribute('class')).toBe('highlight');

    // Sorting by August, highest first; the province stays on top.
    await page.locator('button[data-sort="2026-08"]').click();
    expect(
      await page.locator('th:has(button[data-sort="2026-08"])').getAttribute('aria-sort'),
    ).toBe('descending');
    const best = [...AUGUST.totals].filter(([id]) => id !== PHU_THO).sort((a, b) => b[1] - a[1])[0];
    const sorted = await tableCells(page, 'periods-table');
    expect(sorted[0]?.unit).toBe(PHU_THO);
    expect(sorted[1]?.cells['2026-08']?.value).toBe(vi2(best?.[1] ?? Number.NaN));

    // Kind filter: the agencies only (the province's own line stays).
    await page.getByTestId('compare-kind').selectOption('AGENCY');
    const agencies = CHILDREN.filter((id) => !AUGUST.communes.has(id));
    await expect
      .poll(() => page.locator('[data-testid="periods-table"] tbody tr').count())
      .toBe(agencies.length + 1);

    // CSV of what is shown, both profiles: the August column equals the fixture totals.
    const csv = await downloadCsvs(page);
    expect(csv.standard.name).toBe('chiso766-qua-cac-thang-H44-TONG-2026-08.csv');
    expect(csv.excel.name).toBe('chiso766-qua-cac-thang-H44-TONG-2026-08-excel.csv');
    expect(csv.standard.text.startsWith('\uFEFF')).toBe(false);
    expect(csv.excel.text.startsWith('\uFEFF')).toBe(true);
    for (const { rows: data } of [csv.standard, csv.excel]) {
      const header = data[0] ?? [];
      const aug = header.indexOf('Tháng 08/2026');
      const name = header.indexOf('Đơn vị');
      expect(data.length - 1).toBe(agencies.length + 1);
      for (const line of data.slice(2)) {
        const id = agencies.find((a) => AUGUST.names.get(a) === line[name]);
        expect(id, line[name]).toBeDefined();
        expect(csvNumber(line[aug])).toBeCloseTo(AUGUST.totals.get(id ?? '') ?? Number.NaN, 2);
      }
    }
    const augExcel = (csv.excel.rows[0] ?? []).indexOf('Tháng 08/2026');
    const excelValues = csv.excel.rows.slice(1).map((line) => line[augExcel] ?? '');
    expect(excelValues.some((c) => c.includes(','))).toBe(true);
    expect(excelValues.every((c) => /^(\d+(,\d{1,2})?)?$/.test(c))).toBe(true);

    await page.getByTestId('compare-kind').selectOption('all');
    expect(contrastFailures(await paintedTexts(page, 'body'))).toEqual([]);
    await page.close();
  });

  it('follows a group and a criterion, coloured against the target with ✓ ✗', async () => {
    const group = await open(
      `#/compare?root=${PHU_THO}&period=2026-08&table=periods&criterion=MDHL`,
    );
    await group.getByTestId('periods-table').waitFor();
    for (const row of (await tableCells(group, 'periods-table')).slice(1)) {
      const [jul, aug] = [JULY.mdhl.get(row.unit), AUGUST.mdhl.get(row.unit)];
      expect(row.cells['2026-07']?.value, row.name).toBe(jul === undefined ? '' : vi2(jul));
      expect(row.cells['2026-08']?.value, row.name).toBe(aug === undefined ? '' : vi2(aug));
    }
    await group.close();

    const page = await open(
      `#/compare?root=${PHU_THO}&period=2026-08&table=periods&criterion=DOSSIER_RECEIVING_SATISFACTION`,
    );
    await page.getByTestId('periods-table').waitFor();
    expect(await page.getByTestId('pick-measure').inputValue()).toBe(
      'DOSSIER_RECEIVING_SATISFACTION',
    );
    const rows = (await tableCells(page, 'periods-table')).slice(1);
    for (const row of rows) {
      const ratio = AUGUST.satisfaction.get(row.unit);
      const cell = row.cells['2026-08'];
      expect(cell?.value, row.name).toBe(ratio === undefined ? '' : vi2(ratio));
      expect(cell?.status ?? null, row.name).toBe(
        ratio === undefined ? null : ratio >= TARGET_DRS ? 'good' : 'bad',
      );
    }
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-compare-periods.png') });
    expect(contrastFailures(await paintedTexts(page, 'body'))).toEqual([]);
    // Below target only: the units whose latest valued month is under 92 %.
    const below = CHILDREN.filter((id) => {
      const latest = AUGUST.satisfaction.get(id) ?? JULY.satisfaction.get(id);
      return latest !== undefined && latest < TARGET_DRS;
    });
    expect(below.length).toBeGreaterThan(0);
    await page.getByTestId('compare-below-only').check();
    await expect
      .poll(() => page.locator('[data-testid="periods-table"] tbody tr').count())
      .toBe(below.length + 1);
    // The mark is also words for a screen reader, not colour alone.
    const bad = page.locator('[data-testid="periods-table"] td[data-status="bad"]').first();
    expect(await bad.textContent()).toContain('chưa đạt mục tiêu');
    await page.close();
  });

  it('shows units × criteria for August with each gap, below-target filter and CSV', async () => {
    const child = CHILDREN.find((id) => (AUGUST.satisfaction.get(id) ?? 100) < TARGET_DRS) ?? '';
    const page = await open(
      `#/compare?root=${PHU_THO}&period=2026-08&table=criteria&unit=${child}`,
    );
    await page.getByTestId('criteria-table').waitFor();
    expect(await page.getByTestId('compare-tab-criteria').getAttribute('aria-current')).toBe(
      'page',
    );
    const rows = await tableCells(page, 'criteria-table');
    expect(rows[0]?.unit).toBe(PHU_THO);
    expect(rows.length).toBe(CHILDREN.length + 1);
    for (const row of rows.slice(1)) {
      const ratio = AUGUST.satisfaction.get(row.unit);
      const cell = row.cells.DOSSIER_RECEIVING_SATISFACTION;
      expect(cell?.value, row.name).toBe(ratio === undefined ? '' : vi2(ratio));
      const short = ratio !== undefined && ratio < TARGET_DRS;
      expect(cell?.status ?? null, row.name).toBe(short ? 'bad' : null);
      expect(cell?.gap ?? null, row.name).toBe(
        short ? `✗ chưa đạt mục tiêu, còn thiếu ${vi2(round2(TARGET_DRS - ratio))}` : null,
      );
    }
    expect(await page.locator(`tr[data-unit="${child}"]`).getAttribute('aria-current')).toBe(
      'true',
    );

    // Diacritic-insensitive search finds the chosen unit alone.
    const plain = (AUGUST.names.get(child) ?? '').normalize('NFD').replace(/\p{Diacritic}/gu, '');
    await page.getByTestId('compare-search').fill(plain.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    await expect
      .poll(() => page.locator('[data-testid="criteria-table"] tbody tr').count())
      .toBe(2);
    await page.getByTestId('compare-search').fill('');

    // Below target only: every unit under 92 % in satisfaction is kept, each row has a ✗.
    await page.getByTestId('compare-below-only').check();
    await expect
      .poll(() => page.locator('[data-testid="criteria-table"] tbody tr').count())
      .toBeLessThan(CHILDREN.length + 1);
    const kept = (await tableCells(page, 'criteria-table')).slice(1);
    for (const id of CHILDREN.filter((u) => (AUGUST.satisfaction.get(u) ?? 100) < TARGET_DRS)) {
      expect(kept.some((r) => r.unit === id)).toBe(true);
    }
    expect(
      kept.every((r) =>
        Object.values(r.cells).some((c) => (c as { status: string | null }).status === 'bad'),
      ),
    ).toBe(true);
    expect(kept.length).toBeLessThan(CHILDREN.length);

    // Sorted by satisfaction, lowest first after a second click.
    await page.locator('button[data-sort="DOSSIER_RECEIVING_SATISFACTION"]').click();
    await page.locator('button[data-sort="DOSSIER_RECEIVING_SATISFACTION"]').click();
    expect(
      await page
        .locator('th:has(button[data-sort="DOSSIER_RECEIVING_SATISFACTION"])')
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    const lowest = Math.min(...kept.map((r) => AUGUST.satisfaction.get(r.unit) ?? 100));
    const first = (await tableCells(page, 'criteria-table'))[1];
    expect(first?.cells.DOSSIER_RECEIVING_SATISFACTION?.value).toBe(vi2(lowest));

    const csv = await downloadCsvs(page);
    expect(csv.standard.name).toBe('chiso766-chi-tieu-H44-2026-08.csv');
    expect(csv.excel.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.excel.text.split('\r\n')[0]?.includes(';')).toBe(true);
    for (const { rows: data } of [csv.standard, csv.excel]) {
      const header = data[0] ?? [];
      const name = header.indexOf('Đơn vị');
      const value = header.findIndex((h) => h.startsWith('Tỷ lệ hài lòng trong tiếp nhận'));
      const gap = value + 1;
      expect(header[gap]).toMatch(/còn thiếu/);
      expect(data.length - 1).toBe(kept.length + 1);
      for (const line of data.slice(2)) {
        const id = CHILDREN.find((u) => AUGUST.names.get(u) === line[name]) ?? '';
        const ratio = AUGUST.satisfaction.get(id);
        expect(csvNumber(line[value]), line[name]).toBe(ratio ?? null);
        expect(csvNumber(line[gap]), line[name]).toBe(
          ratio !== undefined && ratio < TARGET_DRS ? round2(ratio - TARGET_DRS) : null,
        );
      }
    }

    await page.getByTestId('compare-below-only').uncheck();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-compare-criteria.png') });
    expect(contrastFailures(await paintedTexts(page, 'body'))).toEqual([]);
    await page.close();
  });

  it('downloads the peer ranking as CSV in both profiles, totals from the fixtures', async () => {
    const page = await open(`#/compare?root=${PHU_THO}&period=2026-08`);
    await page.getByTestId('peer-table').waitFor();
    expect(await page.getByTestId('compare-tab-peer').getAttribute('aria-current')).toBe('page');
    const csv = await downloadCsvs(page);
    expect(csv.standard.name).toBe('chiso766-xep-hang-H44-2026-08.csv');
    expect(csv.excel.text.startsWith('\uFEFF')).toBe(true);
    for (const { rows: data } of [csv.standard, csv.excel]) {
      const header = data[0] ?? [];
      const [name, total] = [header.indexOf('Đơn vị'), header.indexOf('Tổng điểm')];
      expect(data.length - 1).toBe(CHILDREN.length);
      for (const line of data.slice(1)) {
        const id = CHILDREN.find((u) => AUGUST.names.get(u) === line[name]) ?? '';
        expect(csvNumber(line[total]), line[name]).toBeCloseTo(
          AUGUST.totals.get(id) ?? Number.NaN,
          2,
        );
      }
    }
    expect(csv.excel.rows[1]?.some((c) => /^\d+,\d{1,2}$/.test(c))).toBe(true);
    await page.close();
  });
});
