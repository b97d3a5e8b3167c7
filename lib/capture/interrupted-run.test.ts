import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { PORTAL_PAGE } from '../../tests/support/observed';
import { flagReasonText } from '../i18n/flag-words';
import type { TabView } from '../views/tab-view';
import { TabViews } from '../views/tab-views';
import { type CaptureAllProgress, stopText } from './capture-all';
import { CaptureAllController } from './capture-all-controller';
import { type RunStore, settleSavedRun } from './interrupted-run';

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

/** A run cut short while waiting before its third group, two groups stored. */
const CUT_SHORT: CaptureAllProgress = {
  state: 'waiting',
  done: 2,
  total: 5,
  current: { group: 'CLGQ', endpoint: 'evaluation/dossier-digitized', label: 'CLGQ', body: '{}' },
  stored: ['evaluation/transparency', 'evaluation/dvc-progress-tree'],
};

function memoryRuns(saved: CaptureAllProgress | null): RunStore & { saved: typeof saved } {
  const store = {
    saved,
    load: async () => store.saved,
    save: async (progress: CaptureAllProgress | null) => {
      store.saved = structuredClone(progress);
    },
  };
  return store;
}

describe('a capture-all run the worker did not live to finish', () => {
  it('is reported as stopped, with the group it was at and what it kept', () => {
    const settled = settleSavedRun(CUT_SHORT);
    expect(settled).toMatchObject({ state: 'stopped', done: 2, total: 5 });
    expect(settled?.stop).toMatchObject({ reason: 'interrupted', group: 'CLGQ', kept: 2 });
    const { message: _, ...facts } = settled?.stop ?? { message: '' };
    expect(stopText(facts as never, 'vi')).toMatch(
      /^Trình duyệt đã tạm dừng tiện ích giữa chừng khi lấy nhóm “Dịch vụ công trực tuyến”.*\(2 nhóm lưu trong lượt này\)/,
    );
    expect(stopText(facts as never, 'en')).toMatch(/^The browser paused the extension mid-way/);
    // A run stopped on an answer it could not read words the reason's code, not parser text.
    const rejected = {
      ...(facts as never as Parameters<typeof stopText>[0]),
      reason: 'rejected' as const,
      detail: 'schema',
    };
    expect(stopText(rejected, 'vi')).toContain(`Lý do: ${flagReasonText('schema', 'vi')}`);
    expect(stopText(rejected, 'en')).toContain(flagReasonText('schema', 'en'));
    // Finished runs are what they were.
    const done: CaptureAllProgress = { ...CUT_SHORT, state: 'done', current: null };
    expect(settleSavedRun(done)).toBe(done);
    expect(settleSavedRun(null)).toBeNull();
  });

  it('is what a new worker reports, and does not keep a new run from starting', async () => {
    const runs = memoryRuns(CUT_SHORT);
    const views = new TabViews();
    await views.note(VIEW);
    const fetched: string[] = [];
    const controller = new CaptureAllController({
      db: freshDatabase(),
      views,
      runs,
      fetchInTab: async (_view, endpoint) => {
        fetched.push(endpoint);
        return { status: 429, contentType: 'application/json', responseText: '{}', observedAt: '' };
      },
      ingest: () => Promise.reject(new Error('a 429 is never stored')),
      sleep: async () => {},
      broadcast: () => {},
    });
    const status = await controller.status();
    expect(status.run).toMatchObject({ state: 'stopped', stop: { reason: 'interrupted' } });
    // Written back, so the next worker does not settle it again as if it had just stopped.
    expect(runs.saved?.state).toBe('stopped');

    const first = await controller.start();
    expect(first.state).toBe('running');
    await expect.poll(() => runs.saved?.stop?.reason, { timeout: 10_000 }).toBe('rate-limited');
    expect(fetched).toHaveLength(1);
  });
});
