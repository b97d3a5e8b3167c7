import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import type { CaptureAllProgress } from './capture-all';
import { CaptureAllController, type TabView, viewFromCapture } from './capture-all-controller';
import { ingestObservedCall } from './ingest';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const VIEW: TabView = {
  tabId: 7,
  pageUrl: PORTAL_PAGE,
  seenAt: '2026-09-26T18:14:39.135Z',
  rootUnitId: PHU_THO,
  rootName: 'UBND tỉnh Phú Thọ',
  period: { type: 'month', year: 2026, number: 8 },
  scope: 'all',
  endpoint: 'evaluation/handling-satisfaction',
};

function controller(db = freshDatabase()) {
  const progress: CaptureAllProgress[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetched: string[] = [];
  const instance = new CaptureAllController({
    db,
    fetchInTab: async (_tab, url) => {
      fetched.push(url);
      await gate;
      const file = `phu-tho-2026-08/${url.split('/').at(-1)}.json`;
      const { status, contentType, responseText, observedAt } = observedFixture(file);
      return { status, contentType, responseText, observedAt };
    },
    ingest: (_tab, pageUrl, url, body, response) =>
      ingestObservedCall(db, { url, method: 'POST', requestBody: body, ...response }, pageUrl),
    sleep: async () => {},
    broadcast: (p) => progress.push(p),
  });
  return { instance, progress, release, fetched, db };
}

describe('CaptureAllController', () => {
  it('refuses to start without a known view', async () => {
    const { instance } = controller();
    expect(await instance.start()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Cổng DVC/),
    });
  });

  it('never runs twice at once, and reports what the view has stored', async () => {
    const { instance, release, progress, fetched } = controller();
    instance.noteView(VIEW);
    const first = await instance.start();
    expect(first).toMatchObject({ ok: true, progress: { total: 6, state: 'running' } });
    expect(await instance.start()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Đang lưu/),
    });
    release();
    await expect.poll(() => progress.at(-1)?.state).toBe('done');
    expect(fetched).toHaveLength(6);
    expect((await instance.status()).stored).toHaveLength(6);
    // Done: a new run has nothing to fetch.
    expect(await instance.start()).toMatchObject({
      ok: true,
      progress: { total: 0, state: 'done' },
    });
  });

  it('learns views only from province-level captures', async () => {
    const db = freshDatabase('views');
    const group = await ingestObservedCall(
      db,
      observedFixture('phu-tho-2026-08/transparency.json'),
      PORTAL_PAGE,
    );
    const national = await ingestObservedCall(
      db,
      observedFixture('national-2026/service-results.json'),
      PORTAL_PAGE,
    );
    const groupCapture = await db.captures.get(group.id);
    const nationalCapture = await db.captures.get(national.id);
    if (!groupCapture || !nationalCapture) throw new Error('not stored');
    expect(viewFromCapture(groupCapture, 'UBND tỉnh Phú Thọ', 3)).toMatchObject({
      tabId: 3,
      rootUnitId: PHU_THO,
      period: { type: 'month', year: 2026, number: 8 },
      scope: 'all',
      // What the page shows, so the panel can point at that group.
      endpoint: 'evaluation/transparency',
    });
    expect(viewFromCapture(nationalCapture, 'Cả nước', 3)).toBeNull();
    expect(viewFromCapture({ ...groupCapture, state: 'flagged' }, null, 3)).toBeNull();
  });

  it('falls back to the view of another open portal tab when the current one closes', async () => {
    const { instance } = controller();
    instance.noteView(VIEW);
    instance.noteView({ ...VIEW, tabId: 9, period: { type: 'month', year: 2026, number: 7 } });
    expect((await instance.status()).view?.tabId).toBe(9);
    expect(instance.forgetTab(9)).toBe(true);
    expect((await instance.status()).view).toMatchObject({ tabId: 7, period: { number: 8 } });
    expect(instance.forgetTab(7)).toBe(true);
    expect((await instance.status()).view).toBeNull();
    // A tab that never showed a view: nothing for the panels to follow anew.
    expect(instance.forgetTab(12)).toBe(false);
  });
});
