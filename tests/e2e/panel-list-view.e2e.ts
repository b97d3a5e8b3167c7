import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../replica/server.ts';
import { contrastFailures } from '../support/contrast.ts';
import {
  ARTIFACTS,
  PHU_THO,
  PORTAL_PAGE_URL,
  startHarness,
  waitReady,
} from '../support/e2e-harness.ts';
import { waitForStoredCount } from '../support/extension-db.ts';
import type { LaunchedExtension } from '../support/launch-browser.ts';
import { paintedTexts } from '../support/painted-text.ts';

interface RawRow {
  departmentId: string;
  departmentName: string;
  metrics?: { code: string; ratio: number | null }[];
}

/** The page's answer read straight from the fixture, without the extension's parser. */
const RAW = JSON.parse(
  readFileSync(
    join('tests', 'fixtures', 'portal-2026', 'phu-tho-2026-08', 'dossier-digitized.json'),
    'utf8',
  ),
).data as { overview: RawRow; evaluation: RawRow[] };
// The built-in target for re-used digitised data (lib/analysis/targets.ts, default-2024).
const REUSE = 'REUSED_DIGITIZED_DATA';
const REUSE_TARGET = 52;

const reuseRatio = (row: RawRow) => row.metrics?.find((m) => m.code === REUSE)?.ratio ?? null;
const viNumber = (value: number) => value.toFixed(2).replace('.', ',');

describe('side panel list view: every unit of the page with its chips as text', () => {
  let replica: Replica;
  let browser: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    ({ replica, browser } = await startHarness());
    const portal = await browser.context.newPage();
    await portal.goto(
      `${PORTAL_PAGE_URL}?province=${PHU_THO}&timeType=month&year=2026&month=8&group=dossier-digitized`,
    );
    await waitReady(portal);
    await browser.serviceWorker.evaluate('globalThis.__name ??= (fn) => fn');
    await waitForStoredCount(browser.serviceWorker, 1, 30_000);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByTestId('unit-list-toggle').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
  });

  it('opens by keyboard and lists every unit, a short one "thiếu", a met one "đạt"', async () => {
    const toggle = panel.getByTestId('unit-list-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await toggle.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await panel.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    const ids = new Set([RAW.overview.departmentId, ...RAW.evaluation.map((r) => r.departmentId)]);
    const rows = panel.locator('[data-testid="unit-list"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(ids.size);
    expect(await panel.locator('[data-testid="unit-list"] caption').textContent()).toContain(
      `(${ids.size} đơn vị)`,
    );

    const short = RAW.evaluation.find((r) => {
      const ratio = reuseRatio(r);
      return ratio !== null && ratio > 0 && ratio < REUSE_TARGET;
    });
    const met = RAW.evaluation.find((r) => (reuseRatio(r) ?? -1) >= REUSE_TARGET);
    if (!short || !met) throw new Error('the fixture has a unit short of the target and one at it');
    const rowOf = (row: RawRow) => panel.locator(`tr[data-unit-id="${row.departmentId}"]`);
    const shortText = (await rowOf(short).textContent()) ?? '';
    expect(shortText).toContain(short.departmentName.normalize('NFC'));
    expect(shortText).toContain(`✗ thiếu ${viNumber(REUSE_TARGET - (reuseRatio(short) ?? 0))}`);
    expect((await rowOf(met).textContent()) ?? '').toContain('✓ đạt');
    // Row headers name the units, so a screen reader says whose chips it reads.
    expect(await rowOf(short).locator('th[scope="row"]').textContent()).toBe(
      short.departmentName.normalize('NFC'),
    );
    await panel.screenshot({ path: join(ARTIFACTS, 'panel-list-view.png') });
    // The open list is read by people who may also see poorly: its text keeps AA contrast.
    const painted = await paintedTexts(panel, '[data-testid="unit-list"]');
    expect(painted.length).toBeGreaterThan(ids.size);
    expect(contrastFailures(painted)).toEqual([]);
  });
});
