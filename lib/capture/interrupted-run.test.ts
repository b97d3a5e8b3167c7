import { describe, expect, it } from 'vitest';
import { captureAllHarness, PHU_THO_VIEW } from '../../tests/support/capture-all-harness';
import { flagReasonText } from '../i18n/flag-words';
import { type CaptureAllProgress, stopText } from './capture-all';
import { type RunStore, settleSavedRun } from './interrupted-run';

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
    const {
      instance: controller,
      views,
      fetched,
      release,
    } = captureAllHarness({
      runs,
      answer: () => ({
        status: 429,
        contentType: 'application/json',
        responseText: '{}',
        observedAt: '',
      }),
      ingest: () => Promise.reject(new Error('a 429 is never stored')),
    });
    release();
    await views.note(PHU_THO_VIEW);
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
