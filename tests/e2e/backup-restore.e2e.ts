/**
 * Backup and restore across browser profiles (#13): captures made on the replica travel in
 * one file to a fresh profile and come back with the same long CSV and the same hashes; a
 * second restore adds nothing; damaged, altered and newer files are refused with a message
 * and change nothing; deleting asks first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import {
  ARTIFACTS,
  EXTENSION_DIR,
  PHU_THO,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { readStoredCaptures, waitForStoredCount } from '../support/extension-db.ts';
import { type LaunchedExtension, launchExtension } from '../support/launch-browser.ts';

const PORTAL = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const GROUPS = ['transparency', 'handling-satisfaction', 'dossier-digitized'];
const query = (group: string) =>
  `?province=${PHU_THO}&timeType=month&year=2026&month=8&group=${group}`;

async function openData(browser: LaunchedExtension, width = 1024): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(20_000);
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/data`);
  await page.getByTestId('backup-panel').waitFor();
  return page;
}

async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) ?? '') };
}

/** The backup's JSON text, whichever form it was downloaded in. */
const plainText = (file: { name: string; bytes: Buffer }) =>
  (file.name.endsWith('.gz') ? gunzipSync(file.bytes) : file.bytes).toString('utf8');

const hashes = async (browser: LaunchedExtension) =>
  (await readStoredCaptures(browser.serviceWorker)).map((c) => c.sha256).sort();

/** The database as plain IndexedDB sees it: every capture with its payload's recomputed hash. */
const snapshotOf = async (browser: LaunchedExtension) =>
  (await readStoredCaptures(browser.serviceWorker))
    .map((c) => `${c.sha256}|${c.payloadSha256}|${c.requestBody}`)
    .sort();

async function choose(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('restore-input').setInputFiles({
    name,
    mimeType: name.endsWith('.gz') ? 'application/gzip' : 'application/json',
    buffer: bytes,
  });
}

describe('backup and restore between browser profiles', () => {
  let replica: Replica;
  let first: LaunchedExtension;
  let second: LaunchedExtension | undefined;
  let backup: { name: string; bytes: Buffer };
  let csv: string;

  beforeAll(async () => {
    ({ replica, browser: first } = await startHarness());
    const portal = await first.context.newPage();
    for (const group of GROUPS) {
      await portal.goto(`${PORTAL}${query(group)}`);
      await waitReady(portal);
    }
    await waitForStoredCount(first.serviceWorker, GROUPS.length);
    await portal.close();
  }, 120_000);

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await replica?.close();
  });

  it('carries every capture to a fresh profile with the same long CSV and hashes', async () => {
    const page = await openData(first);
    csv = (await downloaded(page, 'export-long-csv')).bytes.toString('utf8');
    expect(csv.split('\n').length).toBeGreaterThan(100);
    backup = await downloaded(page, 'backup-download');
    expect(backup.name).toMatch(/^chiso766-backup-\d{8}-\d{4}\.json(\.gz)?$/);
    await page.getByTestId('backup-last').filter({ hasText: 'Sao lưu gần nhất' }).waitFor();

    second = await launchExtension({
      extensionDir: EXTENSION_DIR,
      replicaPort: replica.port,
      headless: true,
    });
    expect(await hashes(second)).toEqual([]);
    const fresh = await openData(second, 420);
    await choose(fresh, backup.name, backup.bytes);
    const preview = fresh.getByTestId('restore-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-add')).toBe(String(GROUPS.length));
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain(`Sẽ thêm ${GROUPS.length} bản ghi`);
    expect(text).toContain('Các kỳ, đều chưa có trong trình duyệt này: Tháng 08/2026.');
    expect(text).toContain('UBND tỉnh Phú Thọ');
    // Nothing is written before the confirmation.
    expect(await hashes(second)).toEqual([]);
    await fresh.screenshot({
      path: join(ARTIFACTS, 'backup-restore-preview-420.png'),
      fullPage: true,
    });
    await fresh.getByTestId('restore-confirm').click();
    await fresh
      .getByTestId('restore-message')
      .filter({ hasText: `thêm ${GROUPS.length} bản ghi` })
      .waitFor();

    expect(await hashes(second)).toEqual(await hashes(first));
    expect(await snapshotOf(second)).toEqual(await snapshotOf(first));
    const csvAfter = (await downloaded(fresh, 'export-long-csv')).bytes.toString('utf8');
    expect(csvAfter).toBe(csv);
  });

  it('adds nothing when the same file is restored again, plain or compressed', async () => {
    if (!second) throw new Error('no second profile');
    const before = await snapshotOf(second);
    const page = await openData(second);
    await choose(page, backup.name, backup.bytes);
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-add')).toBe('0');
    expect(await preview.textContent()).toContain('không có bản ghi nào mới');
    expect(await page.getByTestId('restore-confirm').isDisabled()).toBe(true);

    // The other form of the same file: plain if it came compressed, compressed if plain.
    const text = plainText(backup);
    const other = backup.name.endsWith('.gz')
      ? { name: backup.name.replace(/\.gz$/, ''), bytes: Buffer.from(text) }
      : { name: `${backup.name}.gz`, bytes: gzipSync(backup.bytes) };
    await choose(page, other.name, other.bytes);
    await page
      .getByTestId('restore-preview')
      .filter({ hasText: other.name })
      .filter({ hasText: 'không có bản ghi nào mới' })
      .waitFor();
    // Straight through the message, as a confirm would send it.
    const reply = await page.evaluate((t) => {
      const { runtime } = (
        globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
      ).chrome;
      return runtime.sendMessage({ type: 'backup:restore', text: t });
    }, text);
    expect(reply).toMatchObject({ ok: true, value: { addCaptures: 0 } });
    expect(await snapshotOf(second)).toEqual(before);
  });

  it.each([
    [
      'truncated',
      (t: string) => t.slice(0, Math.floor(t.length * 0.6)),
      'bị hỏng hoặc không đầy đủ',
    ],
    [
      'with one payload altered',
      (t: string) => {
        const file = JSON.parse(t);
        const payload = file.database.data.data[1].rows[0];
        payload.responseText = payload.responseText.replace(/\d/, (d: string) =>
          String((Number(d) + 1) % 10),
        );
        return JSON.stringify(file);
      },
      'đã bị sửa đổi',
    ],
    [
      'from a newer format',
      (t: string) => JSON.stringify({ ...JSON.parse(t), formatVersion: 2 }),
      'phiên bản mới hơn',
    ],
  ])('refuses a file %s with a message and changes nothing', async (_label, spoil, words) => {
    const page = await openData(first);
    const before = await snapshotOf(first);
    const bad = Buffer.from(spoil(plainText(backup)));
    await choose(page, 'chiso766-backup-bad.json', bad);
    const alert = page.locator('[data-testid="restore-message"][role="alert"]');
    await alert.filter({ hasText: words }).waitFor();
    expect(await alert.textContent()).toContain('Số liệu đang có không thay đổi');
    expect(await page.getByTestId('restore-preview').count()).toBe(0);
    expect(await snapshotOf(first)).toEqual(before);
  });

  it('deletes a period only after a confirmation that offers a backup first', async () => {
    if (!second) throw new Error('no second profile');
    const page = await openData(second, 420);
    await page.getByTestId('delete-kind').selectOption('period');
    await page.getByTestId('delete-start').click();
    const box = page.getByTestId('delete-confirm-box');
    await box.waitFor();
    expect(await box.textContent()).toContain('Xóa mọi số liệu của Tháng 08/2026 (3 bộ số liệu)?');
    await page.screenshot({
      path: join(ARTIFACTS, 'backup-delete-confirm-420.png'),
      fullPage: true,
    });
    const offered = await downloaded(page, 'delete-backup-first');
    expect(offered.name).toMatch(/^chiso766-backup-\d{8}-\d{4}\.json/);
    await page.getByTestId('delete-cancel').click();
    expect(await hashes(second)).toHaveLength(GROUPS.length);

    await page.getByTestId('delete-start').click();
    await page.getByTestId('delete-confirm').click();
    await page
      .getByTestId('delete-message')
      .filter({ hasText: `Đã xóa ${GROUPS.length} bản ghi` })
      .waitFor();
    expect(await hashes(second)).toEqual([]);
    await page.getByTestId('delete-panel').filter({ hasText: 'Chưa có số liệu để xóa' }).waitFor();
  });

  it('shows the data view readably at 1024 px with the share choices', async () => {
    const page = await openData(first, 1024);
    await page.getByTestId('share-panel').waitFor();
    await page.getByTestId(`share-root-${PHU_THO}`).check();
    await page.getByTestId('share-period-2026-08').check();
    const share = await downloaded(page, 'share-download');
    expect(share.name).toMatch(/^chiso766-backup-\d{8}-\d{4}-chia-se\.json(\.gz)?$/);
    const file = JSON.parse(plainText(share));
    expect(file.selection).toEqual({ rootUnitIds: [PHU_THO], periodKeys: ['2026-08'] });
    expect(file.settings).toBeNull();
    await page.screenshot({ path: join(ARTIFACTS, 'backup-data-1024.png'), fullPage: true });
  });
});
