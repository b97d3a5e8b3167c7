import { describe, expect, it } from 'vitest';
import { composedPhuThoSummary } from '../../tests/support/composed-fixture';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { reportingUrl } from '../portal/site';
import type { TabView } from '../views/tab-view';
import { TabViews } from '../views/tab-views';
import type { CaptureAllProgress } from './capture-all';
import { CaptureAllController } from './capture-all-controller';
import { ingestObservedCall } from './ingest';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const VIEW: TabView = {
  tabId: 7,
  pageUrl: PORTAL_PAGE,
  seenAt: '2026-09-26T18:14:39.135Z',
  rootUnitId: PHU_THO,
  rootName: 'UBND tỉnh Phú Thọ',
  period: { type: 'month', year: 2026, number: 8 },
  periodKey: '2026-08',
  scope: 'all',
  subject: 'MDHL',
  snapshotKey: `evaluation/handling-satisfaction|${PHU_THO}|2026-08|all`,
};

function controller(db = freshDatabase()) {
  const progress: CaptureAllProgress[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetched: string[] = [];
  const views = new TabViews();
  const instance = new CaptureAllController({
    db,
    views,
    fetchInTab: async (_view, endpoint) => {
      fetched.push(endpoint);
      await gate;
      if (endpoint.endsWith('/service-results')) {
        const responseText = composedPhuThoSummary();
        const observedAt = '2026-09-02T03:00:00.000Z';
        return { status: 201, contentType: 'application/json', responseText, observedAt };
      }
      const file = `phu-tho-2026-08/${endpoint.split('/').at(-1)}.json`;
      const { status, contentType, responseText, observedAt } = observedFixture(file);
      return { status, contentType, responseText, observedAt };
    },
    ingest: (view, endpoint, body, response) =>
      ingestObservedCall(
        db,
        {
          url: reportingUrl(new URL(view.pageUrl).origin, endpoint),
          method: 'POST',
          requestBody: body,
          ...response,
        },
        view.pageUrl,
      ),
    sleep: async () => {},
    broadcast: (p) => progress.push(p),
  });
  return { instance, views, progress, release, fetched, db };
}

describe('CaptureAllController', () => {
  it('refuses to start without a known view', async () => {
    const { instance } = controller();
    await expect(instance.start()).rejects.toMatchObject({
      code: 'errNoView',
      message: expect.stringMatching(/Cổng DVC/),
    });
  });

  it('never runs twice at once, and reports what the view has stored', async () => {
    const { instance, views, release, progress, fetched } = controller();
    await views.note(VIEW);
    const first = await instance.start();
    // Six groups, then Tổng hợp (#12).
    expect(first).toMatchObject({ total: 7, state: 'running' });
    await expect(instance.start()).rejects.toMatchObject({
      code: 'errCaptureAllBusy',
      message: expect.stringMatching(/Đang lưu/),
    });
    release();
    // Seven answers parsed and stored, 164 units each: seconds on a busy machine.
    await expect.poll(() => progress.at(-1)?.state, { timeout: 15_000 }).toBe('done');
    expect(fetched).toHaveLength(7);
    expect(fetched.at(-1)).toBe('evaluation/service-results');
    expect((await instance.status()).summaryStored).toBe(true);
    expect((await instance.status()).stored).toEqual([
      'CKMB',
      'TDGQ',
      'CLGQ',
      'TTTT',
      'MDHL',
      'MDSH',
    ]);
    // Done: a new run has nothing to fetch.
    expect(await instance.start()).toMatchObject({ total: 0, state: 'done' });
  }, 30_000);
});
