import { describe, expect, it } from 'vitest';
import { PHU_THO_VIEW } from '../../tests/support/capture-all-harness';
import type { CaptureAllProgress } from './capture-all';
import type { ViewStatus } from './capture-all-controller';
import { missingCount, runGoing } from './view-status-counts';

const status = (over: Partial<ViewStatus>): ViewStatus => ({
  view: PHU_THO_VIEW,
  stored: [],
  total: 6,
  summaryStored: false,
  run: null,
  ...over,
});
const run = (state: CaptureAllProgress['state']): CaptureAllProgress => ({
  state,
  done: 1,
  total: 7,
  current: null,
  stored: [],
});

describe('what the side panel counts of a view', () => {
  it('counts the missing groups and the summary beside them', () => {
    expect(missingCount(status({}))).toBe(7);
    expect(missingCount(status({ stored: ['CKMB', 'MDHL'] }))).toBe(5);
    expect(missingCount(status({ stored: ['CKMB', 'MDHL'], summaryStored: true }))).toBe(4);
    expect(
      missingCount(
        status({ stored: ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'], summaryStored: true }),
      ),
    ).toBe(0);
    // A view with no groups to store has no summary to store either.
    expect(missingCount(status({ total: 0 }))).toBe(0);
  });

  it('calls a run going while it fetches or waits, not once it ended', () => {
    expect(runGoing(run('running'))).toBe(true);
    expect(runGoing(run('waiting'))).toBe(true);
    expect(runGoing(run('done'))).toBe(false);
    expect(runGoing(run('stopped'))).toBe(false);
    expect(runGoing(null)).toBe(false);
    expect(runGoing(undefined)).toBe(false);
  });
});
