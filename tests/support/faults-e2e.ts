import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { COMPOSED_PHU_THO_REQUEST, composedPhuThoSummary } from './composed-fixture.ts';
import { readStoredCaptures, type StoredCapture } from './extension-db.ts';
import { FIXTURES_DIR, type FixtureCapture, fixtureCaptures } from './fixtures.ts';
import type { LaunchedExtension } from './launch-browser.ts';

/** The derived July answers the replica serves (tests/fixtures/portal-2026-derived). */
function derivedCaptures(): FixtureCapture[] {
  const index = join(FIXTURES_DIR, '..', 'portal-2026-derived', 'captures.json');
  return (JSON.parse(readFileSync(index, 'utf8')) as { captures: FixtureCapture[] }).captures;
}

/** A stored capture with what the extension made of it. */
export type JudgedCapture = StoredCapture & {
  state: 'ok' | 'flagged' | 'pending';
  reasonCode?: string | null;
  snapshotKey?: string;
};

/** Stops every service worker as Chrome does after ~30 s idle (DevTools protocol). */
export async function stopWorkers(browser: LaunchedExtension, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The extension's service worker that is alive now (a new one after a stop). */
export async function liveWorker(browser: LaunchedExtension): Promise<Worker> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const worker of browser.context.serviceWorkers().reverse()) {
      if (!worker.url().startsWith(`chrome-extension://${browser.extensionId}/`)) continue;
      const alive = await worker.evaluate(() => true).catch(() => false);
      if (alive) return worker;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no live extension service worker');
}

export async function judgedCaptures(browser: LaunchedExtension): Promise<JudgedCapture[]> {
  return (await readStoredCaptures(await liveWorker(browser))) as JudgedCapture[];
}

/** Waits until exactly `count` captures are stored; returns them. */
export async function waitJudged(
  browser: LaunchedExtension,
  count: number,
  timeoutMs = 15_000,
): Promise<JudgedCapture[]> {
  const deadline = Date.now() + timeoutMs;
  let stored: JudgedCapture[] = [];
  while (Date.now() < deadline) {
    stored = await judgedCaptures(browser);
    if (stored.length === count) return stored;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`expected ${count} stored captures, found ${stored.length}`);
}

/**
 * No wrong row: every understood capture is byte for byte a real fixture answer to the
 * very request it was stored for, and nothing else became a snapshot.
 */
export function expectOnlyFixtureData(stored: readonly JudgedCapture[]): void {
  const fixtures = [...fixtureCaptures(), ...derivedCaptures()];
  for (const capture of stored.filter((c) => c.state === 'ok')) {
    const fixture = fixtures.find(
      (f) =>
        new URL(f.url).pathname === new URL(capture.url).pathname &&
        JSON.stringify(f.requestBody) === capture.requestBody,
    );
    if (!fixture && new URL(capture.url).pathname.endsWith('/evaluation/service-results')) {
      // No real Phú Thọ Tổng hợp exists: the only other one the replica serves is the one it
      // composes from the six real group answers of 08/2026 (tests/replica/composed-summary.ts).
      expect(JSON.parse(capture.requestBody ?? 'null'), capture.url).toEqual(
        COMPOSED_PHU_THO_REQUEST,
      );
      expect(capture.payloadSha256, capture.url).toBe(
        createHash('sha256').update(composedPhuThoSummary()).digest('hex'),
      );
      continue;
    }
    expect(fixture, capture.url).toBeDefined();
    expect(capture.payloadSha256, capture.url).toBe(fixture?.sha256);
  }
  for (const capture of stored.filter((c) => c.state !== 'ok')) {
    expect(capture.snapshotKey, `flagged ${capture.id}`).toBeUndefined();
  }
}

/** Waits until the replica page has handled its latest answer, whatever it was. */
export async function waitSettled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="load-status"]:not([data-state="loading"])', {
    timeout: 40_000,
  });
}

/** The rows of the dashboard's "needs attention" list: code, advice and whether data is kept. */
export async function attentionRows(dashboard: Page) {
  return dashboard.locator('[data-testid="attention-table"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute('data-code'),
      advice: row.getAttribute('data-advice'),
      reason: row.querySelector('[data-testid="attention-reason"]')?.textContent ?? '',
      kept: row.querySelector('[data-kept]')?.getAttribute('data-kept') === 'true',
    })),
  );
}

/** How many observation rows each stored capture has (read straight from IndexedDB). */
export async function observationCounts(
  browser: LaunchedExtension,
): Promise<Record<number, number>> {
  const worker = await liveWorker(browser);
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('chiso766');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ captureId: number }[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains('observations')) return resolve([]);
      const request = db.transaction('observations').objectStore('observations').getAll();
      request.onsuccess = () => resolve(request.result as { captureId: number }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const counts: Record<number, number> = {};
    for (const row of rows) counts[row.captureId] = (counts[row.captureId] ?? 0) + 1;
    return counts;
  });
}
