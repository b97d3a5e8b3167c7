/**
 * Imported history (#13 item 3) in the built extension: the long CSV of one browser profile
 * imported into a fresh one, a template with bad rows refused line by line, and a table pasted
 * from the old portal mapped to its units and drawn in the trend. Values come from the export
 * of the captured fixtures and from the fixture JSON, never from the extension's own parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLongCsv } from '../../lib/export/long-csv';
import { buildTemplateXlsx } from '../../lib/import/template-xlsx';
import type { Replica } from '../replica/server.ts';
import { captureAugustFromPanel, openDashboard } from '../support/dashboard-e2e.ts';
import { ARTIFACTS, EXTENSION_DIR, startHarness } from '../support/e2e-harness.ts';
import { type LaunchedExtension, launchExtension } from '../support/launch-browser.ts';

/** Units of the province as the August transparency fixture names them. */
function fixtureUnits(): Map<string, string> {
  const file = join('tests', 'fixtures', 'portal-2026', 'phu-tho-2026-08', 'transparency.json');
  const data = JSON.parse(readFileSync(file, 'utf8')).data as {
    evaluation?: { departmentId: string; departmentName: string }[];
    children?: { departmentId: string; departmentName: string }[];
  };
  const rows = data.evaluation ?? data.children ?? [];
  return new Map(rows.map((r) => [r.departmentName.normalize('NFC'), r.departmentId]));
}

async function exportCsv(page: Page, testId: 'export-long-csv' | 'export-long-csv-excel') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync((await download.path()) ?? '', 'utf8');
}

describe('imported history', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  const csv = { standard: '', excel: '' };

  const open = (on: LaunchedExtension, hash: string, width = 1024) =>
    openDashboard(on, hash, { width, timeout: 20_000 });

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    await captureAugustFromPanel(browser);
    const data = await open(browser, '#/data');
    csv.standard = await exportCsv(data, 'export-long-csv');
    csv.excel = await exportCsv(data, 'export-long-csv-excel');
    await data.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('brings one profile’s long CSV into a fresh profile: the same values, marked import', async () => {
    const fresh = await launchExtension({
      extensionDir: EXTENSION_DIR,
      replicaPort: replica.port,
      headless: true,
    });
    try {
      const page = await open(fresh, '#/data');
      await page.getByTestId('import-input').setInputFiles({
        name: 'chiso766-long-excel.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv.excel, 'utf8'),
      });
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      expect(await preview.getAttribute('data-profile')).toBe('excel-vn');
      const before = parseLongCsv(csv.standard);
      expect(await page.getByTestId('import-summary').textContent()).toContain(
        `${before.length} giá trị hợp lệ`,
      );
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-message').filter({ hasText: 'Đã ghi' }).waitFor();
      await page.getByTestId('import-batches').waitFor();

      const after = parseLongCsv(await exportCsv(page, 'export-long-csv'));
      expect(after.length).toBe(before.length);
      expect(new Set(after.map((r) => r.portal))).toEqual(new Set(['import']));
      const strip = (r: Record<string, string>) => ({ ...r, portal: '' });
      expect(after.map(strip)).toEqual(before.map(strip));
      expect(new Set(before.map((r) => r.portal))).toEqual(new Set(['2026-api']));
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it('shows every bad row of a template with its line and column, and writes nothing', async () => {
    const page = await open(browser, '#/data', 420);
    const bytes = await buildTemplateXlsx([
      ['2025-08', 'viet tri', 'TOTAL', '84,41', null, null, null],
      ['2025-13', 'viet tri', 'TOTAL', '80', null, null, null],
      ['2025-08', 'Thành phố Không Có', 'CKMB', '10', null, null, null],
      ['2025-08', 'Nông Trang', 'CKMB', '19', null, null, null],
      ['2025-08', 'Nông Trang', 'DOSSIER_SYNC', null, null, '12,5', '20'],
    ]);
    await page.getByTestId('import-input').setInputFiles({
      name: 'mau.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    expect(await issues.getAttribute('role')).toBe('alert');
    const lines = await issues.locator('li').allTextContents();
    expect(lines).toEqual([
      'Dòng 3, cột “Kỳ”: “2025-13” không phải là kỳ (ghi 2025-08, 08/2025, 2025-Q3 hoặc 2025).',
      'Dòng 4, cột “Đơn vị”: không tìm thấy đơn vị “Thành phố Không Có” trong số liệu đã lưu.',
      'Dòng 5, cột “Điểm”: “19” nằm ngoài khoảng cho phép (0 đến 18).',
      'Dòng 6, cột “Tử số”: “12,5” phải là số nguyên (1.234 hoặc 1 234 là một nghìn hai trăm ba mươi tư).',
    ]);
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'import-issues-420.png'), fullPage: true });
    await page.getByTestId('import-cancel').click();
    // Nothing was written: the export is the one taken before, every value the portal's.
    expect(await exportCsv(page, 'export-long-csv')).toBe(csv.standard);
    expect(await page.getByTestId('import-batches').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('maps a pasted table’s units, asks about the unsure one, and draws it in the trend', async () => {
    const units = fixtureUnits();
    const vietTri = units.get('UBND Phường Việt Trì');
    const thanhMieu = units.get('UBND Phường Thanh Miếu');
    expect(vietTri && thanhMieu).toBeTruthy();
    const page = await open(browser, '#/data');
    const html = `<table><tr><th>STT</th><th>Tên đơn vị</th><th>Tổng điểm</th></tr>
      <tr><td>1</td><td>UBND phường viet tri</td><td>86,12</td></tr>
      <tr><td>2</td><td>Thanh Meu</td><td>79,5</td></tr></table>`;
    await page.getByTestId('import-paste').evaluate((box, text) => {
      const data = new DataTransfer();
      data.setData('text/html', text);
      data.setData('text/plain', 'ignored');
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, html);
    await expect.poll(() => page.getByTestId('import-paste').inputValue()).toContain('Thanh Meu');
    await page.getByTestId('import-period').fill('2025-08');
    await page.getByTestId('import-measure').selectOption('TOTAL');
    await page.getByTestId('import-paste-preview').click();
    await page.getByTestId('import-questions').waitFor();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'import-questions-420.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.getByTestId('import-question-0').selectOption(thanhMieu ?? '');
    await page.getByTestId('import-confirm-names').click();
    await page.getByTestId('import-apply').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('2 giá trị hợp lệ');
    await page.screenshot({ path: join(ARTIFACTS, 'import-preview-1024.png'), fullPage: true });
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-message').filter({ hasText: 'Đã ghi 2 giá trị' }).waitFor();
    await page.close();

    const trend = await open(browser, `#/trend?unit=${vietTri}`);
    const row = trend.getByTestId('trend-table').locator('tr[data-period="2025-08"]');
    await row.waitFor();
    const value = row.locator('td[data-col="value"]');
    expect(await value.textContent()).toBe('86,12 (nhập)');
    expect(await value.getAttribute('data-imported')).toBe('true');
    const captured = trend
      .getByTestId('trend-table')
      .locator('tr[data-period="2026-08"] td[data-col="value"]');
    expect(await captured.getAttribute('data-imported')).toBeNull();
    await trend.screenshot({ path: join(ARTIFACTS, 'import-trend-1024.png'), fullPage: true });
    const other = await open(browser, `#/trend?unit=${thanhMieu}`);
    const cell = other
      .getByTestId('trend-table')
      .locator('tr[data-period="2025-08"] td[data-col="value"]');
    await cell.waitFor();
    expect(await cell.textContent()).toContain('79,5');
  }, 90_000);
});
