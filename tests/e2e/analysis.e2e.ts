import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLongCsv } from '../../lib/export/long-csv';
import { formatNumber } from '../../lib/format/vietnamese';
import type { Replica } from '../replica/server.ts';
import { ARTIFACTS, startHarness } from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

interface RawUnit {
  departmentId: string;
  departmentName: string;
  departmentType: string;
  totalScore: number;
}
const units = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')).data as { evaluation: RawUnit[] }).evaluation;
const JULY = units('tests/fixtures/portal-2026-derived/phu-tho-2026-07/handling-satisfaction.json');
const AUGUST = units('tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json');
const rankIn = (list: RawUnit[], id: string) => {
  const mine = list.find((u) => u.departmentId === id)?.totalScore ?? Number.NaN;
  return 1 + list.filter((u) => u.totalScore > mine).length;
};

describe('two captured months in the dashboard and the CSV', () => {
  let replica: Replica;
  let browser: LaunchedExtension;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('shows Δ, rank change and target status for August against July', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(
      `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=7&group=handling-satisfaction`,
    );
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await portal.selectOption('[data-testid="month-select"]', '8');
    await portal.waitForFunction(() => new URL(location.href).searchParams.get('month') === '8');
    await portal.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await waitForStoredCount(browser.serviceWorker, 2);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const select = dashboard.getByTestId('analysis-select');
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await expect
      .poll(() => select.locator('option:checked').textContent())
      .toBe('Tháng 08/2026 — UBND tỉnh Phú Thọ — Mức độ hài lòng');

    // The province: satisfaction 78,22 % against the 92 % target.
    const satisfaction = dashboard.locator(
      '[data-testid="root-targets"] li[data-criterion="DOSSIER_RECEIVING_SATISFACTION"]',
    );
    await expect.poll(() => satisfaction.getAttribute('data-status')).toBe('not-met');
    expect(await satisfaction.textContent()).toContain('✗ thiếu 13,78');
    const onTime = dashboard.locator(
      '[data-testid="root-targets"] li[data-criterion="PETITION_PROCESSING_ON_TIME"]',
    );
    expect(await onTime.getAttribute('data-status')).toBe('not-met');

    // Children: every rank and rank change as computed independently from the two files; the
    // rank among units of the same kind, as reports state it, a shared place said once (#12).
    const rows = dashboard.locator('[data-testid="analysis-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(163);
    let moved = 0;
    let tiedSeen = 0;
    for (const unit of AUGUST.slice(0, 40)) {
      const row = dashboard.locator(
        `[data-testid="analysis-table"] tr[data-unit-id="${unit.departmentId}"]`,
      );
      const now = rankIn(AUGUST, unit.departmentId);
      const change = rankIn(JULY, unit.departmentId) - now;
      const peers = AUGUST.filter((u) => u.departmentType === unit.departmentType);
      const place = rankIn(peers, unit.departmentId);
      const tied = peers.filter((u) => u.totalScore === unit.totalScore).length;
      if (tied > 1) tiedSeen++;
      expect(await row.locator('[data-col="rank"]').textContent(), unit.departmentName).toBe(
        tied > 1 ? `đồng hạng ${place}, ${tied} đơn vị` : `${place}/${peers.length}`,
      );
      const trend = (await row.locator('[data-col="trend"]').textContent()) ?? '';
      const before = JULY.find((u) => u.departmentId === unit.departmentId)?.totalScore ?? 0;
      const delta = unit.totalScore - before;
      if (Math.abs(delta) >= 0.005) {
        expect(trend, unit.departmentName).toContain(
          `${delta > 0 ? '▲' : '▼'} ${formatNumber(Math.abs(delta))}`,
        );
      }
      if (change !== 0) {
        // Rank changes are said in places (#12), never as a bare number that reads like points.
        expect(trend, unit.departmentName).toContain(
          `${change > 0 ? '↑' : '↓'} ${Math.abs(change)} bậc`,
        );
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(10);
    expect(tiedSeen).toBeGreaterThan(0);
    // "All child units" ranks the 163 together.
    await dashboard.getByTestId('rank-among').selectOption('all');
    for (const unit of AUGUST.slice(0, 5)) {
      const cell = dashboard.locator(
        `[data-testid="analysis-table"] tr[data-unit-id="${unit.departmentId}"] [data-col="rank"]`,
      );
      const tied = AUGUST.filter((u) => u.totalScore === unit.totalScore).length;
      const now = rankIn(AUGUST, unit.departmentId);
      await expect
        .poll(() => cell.textContent())
        .toBe(tied > 1 ? `đồng hạng ${now}, ${tied} đơn vị` : `${now}/163`);
    }
    await dashboard.getByTestId('rank-among').selectOption('kind');
    const deltas = AUGUST.map((u) => ({
      name: u.departmentName,
      delta: u.totalScore - (JULY.find((j) => j.departmentId === u.departmentId)?.totalScore ?? 0),
    })).sort((a, b) => b.delta - a.delta);
    const movers = (await dashboard.getByTestId('movers').textContent()) ?? '';
    expect(movers).toContain(`${deltas[0]?.name} ▲ ${formatNumber(deltas[0]?.delta ?? 0)}`);
    expect(movers).toContain(
      `${deltas.at(-1)?.name} ▼ ${formatNumber(Math.abs(deltas.at(-1)?.delta ?? 0))}`,
    );
    await dashboard.screenshot({
      path: join(ARTIFACTS, 'analysis-dashboard.png'),
      fullPage: false,
    });

    // The long CSV is on the data view (#/data).
    await dashboard.getByTestId('nav-data').click();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByTestId('export-long-csv').click(),
    ]);
    const csv = parseLongCsv(readFileSync(await download.path(), 'utf8'));
    const root = csv.find(
      (r) =>
        r.period === '2026-08' &&
        r.unit_id === PHU_THO &&
        r.criterion === 'DOSSIER_RECEIVING_SATISFACTION',
    );
    expect(root).toMatchObject({ target: '92', target_met: '0' });
    expect(Number(root?.gap)).toBeCloseTo(-13.78, 9);
    for (const unit of AUGUST) {
      const row = csv.find(
        (r) => r.period === '2026-08' && r.unit_id === unit.departmentId && r.criterion === '',
      );
      const before = JULY.find((u) => u.departmentId === unit.departmentId)?.totalScore ?? 0;
      expect(Number(row?.delta_prev)).toBeCloseTo(unit.totalScore - before, 9);
      expect(row?.rank).toBe(String(rankIn(AUGUST, unit.departmentId)));
      expect(row?.rank_of).toBe('163');
      expect(Number(row?.rank_change)).toBe(
        rankIn(JULY, unit.departmentId) - rankIn(AUGUST, unit.departmentId),
      );
    }
    const july = csv.find(
      (r) => r.period === '2026-07' && r.unit_id === AUGUST[0]?.departmentId && r.criterion === '',
    );
    expect(july).toMatchObject({ delta_prev: '', rank_change: '' });
  });

  it('re-judges targets when the official edits a profile, and refuses a bad import file', async () => {
    const dashboard = await browser.context.newPage();
    dashboard.setDefaultTimeout(10_000);
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const satisfaction = dashboard.locator(
      '[data-testid="root-targets"] li[data-criterion="DOSSIER_RECEIVING_SATISFACTION"]',
    );
    await expect.poll(() => satisfaction.getAttribute('data-status')).toBe('not-met');

    // Profiles live on the settings view (#/settings), the targets on the overview.
    await dashboard.getByTestId('nav-settings').click();
    await dashboard.getByTestId('profile-edit-default-2024').click();
    await dashboard.getByTestId('rule-min-DOSSIER_RECEIVING_SATISFACTION').fill('75');
    await dashboard.getByTestId('profile-save').click();
    await expect
      .poll(() => dashboard.getByTestId('profiles-message').textContent())
      .toMatch(/Đã lưu/);
    await dashboard.getByTestId('nav-overview').click();
    await expect.poll(() => satisfaction.getAttribute('data-status')).toBe('met');
    expect(await satisfaction.textContent()).toContain('✓ đạt');
    await dashboard.getByTestId('nav-settings').click();

    // A rule above 100 % is refused with a reason, and nothing is saved.
    await dashboard.getByTestId('profile-edit-default-2024').click();
    await dashboard.getByTestId('rule-min-DOSSIER_RECEIVING_SATISFACTION').fill('120');
    await dashboard.getByTestId('profile-save').click();
    await expect.poll(() => dashboard.getByTestId('profile-error').textContent()).toMatch(/100/);
    // The overview, opened beside the settings, still judges with the saved 75 %.
    const overview = await browser.context.newPage();
    await overview.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/overview`);
    await expect
      .poll(() =>
        overview
          .locator(
            '[data-testid="root-targets"] li[data-criterion="DOSSIER_RECEIVING_SATISFACTION"]',
          )
          .getAttribute('data-status'),
      )
      .toBe('met');
    await overview.close();

    await dashboard.getByTestId('profiles-import').setInputFiles({
      name: 'muc-tieu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"chiso766-target-profiles","version":1,"profiles":[{"id":"x","name":"","years":[2026],"rules":[],"source":""}]}',
      ),
    });
    await expect
      .poll(() => dashboard.getByTestId('profiles-message').textContent())
      .toMatch(/^Không nhập được tệp: .*tên/);
    // A new profile for next year, and copying the default.
    await dashboard.getByTestId('profile-add').click();
    await expect.poll(() => dashboard.locator('[data-profile-id^="muc-tieu-"]').count()).toBe(1);
    await dashboard.getByTestId('profile-copy-default-2024').click();
    await expect
      .poll(() => dashboard.locator('[data-profile-id^="default-2024-copy"]').count())
      .toBe(1);
    await dashboard.screenshot({ path: join(ARTIFACTS, 'analysis-profiles.png'), fullPage: true });
  });
});
