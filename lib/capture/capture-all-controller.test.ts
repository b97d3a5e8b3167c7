import { describe, expect, it } from 'vitest';
import { captureAllHarness, PHU_THO_VIEW } from '../../tests/support/capture-all-harness';

describe('CaptureAllController', () => {
  it('refuses to start without a known view', async () => {
    const { instance } = captureAllHarness();
    await expect(instance.start()).rejects.toMatchObject({
      code: 'errNoView',
      message: expect.stringMatching(/Cổng DVC/),
    });
  });

  it('never runs twice at once, and reports what the view has stored', async () => {
    const { instance, views, release, progress, fetched } = captureAllHarness();
    await views.note(PHU_THO_VIEW);
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
