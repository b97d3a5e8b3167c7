import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replica, startReplica } from '../replica/server.ts';
import { EXTENSION_DIR, PHU_THO, waitReady } from '../support/e2e-harness.ts';
import {
  expectOnlyFixtureData,
  judgedCaptures,
  observationCounts,
  waitJudged,
} from '../support/faults-e2e.ts';
import { type LaunchedExtension, launchExtension } from '../support/launch-browser.ts';

const MONTH = `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=8`;
const BIGGEST = '/api/v1/reporting/evaluation/dossier-digitized';

/**
 * The official closes the browser while the biggest answer (~300 KB, 163 units) is being
 * stored. The moment of the close relative to the write cannot be pinned from outside, so
 * the test asserts what must hold whatever it was: each capture is stored whole (header,
 * raw bytes, rows) or not at all, and what was stored before is intact.
 */
describe('the browser closed during a write', () => {
  let replica: Replica;
  let profile: string;
  let browser: LaunchedExtension | null = null;

  const launch = () =>
    launchExtension({
      extensionDir: EXTENSION_DIR,
      replicaPort: replica.port,
      headless: true,
      userDataDir: profile,
    });

  beforeAll(async () => {
    replica = await startReplica();
    profile = await mkdtemp(join(tmpdir(), 'chiso766-faults-profile-'));
  });

  afterAll(async () => {
    await browser?.close();
    await replica?.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  });

  it('reopens the same profile with every capture whole and the earlier data intact', async () => {
    browser = await launch();
    const portal = await browser.context.newPage();
    await portal.goto(`${MONTH}&group=transparency`);
    await waitReady(portal);
    const [first] = await waitJudged(browser, 1);
    const firstRows = (await observationCounts(browser))[first?.id ?? -1];
    expect(firstRows).toBeGreaterThan(100);

    const answered = () => replica.requests.some((r) => r.path === BIGGEST);
    portal.goto(`${MONTH}&group=dossier-digitized`).catch(() => {});
    await expect.poll(answered, { timeout: 15_000, interval: 20 }).toBe(true);
    // The answer is on its way to the page; the extension is about to store it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await browser.context.close();

    browser = await launch();
    const stored = await judgedCaptures(browser);
    const rows = await observationCounts(browser);
    expect(stored.length === 1 || stored.length === 2, `${stored.length} captures`).toBe(true);
    for (const capture of stored) {
      expect(capture.payloadSha256, `raw bytes of ${capture.endpoint}`).toBe(capture.sha256);
      if (capture.state === 'ok') expect(rows[capture.id], capture.endpoint).toBeGreaterThan(100);
    }
    expect(stored.find((c) => c.id === first?.id)).toMatchObject({ state: 'ok' });
    expect(rows[first?.id ?? -1]).toBe(firstRows);
    expectOnlyFixtureData(stored);

    // The page opened again stores what the close may have cut off, once.
    const again = await browser.context.newPage();
    await again.goto(`${MONTH}&group=dossier-digitized`);
    await waitReady(again);
    const after = await waitJudged(browser, 2);
    expect(after.map((c) => c.state)).toEqual(['ok', 'ok']);
    expectOnlyFixtureData(after);
    const afterRows = await observationCounts(browser);
    for (const capture of after) expect(afterRows[capture.id]).toBeGreaterThan(100);
  });
});
