import type { CaptureAllProgress } from './capture-all';
import type { ViewStatus } from './capture-all-controller';

/** What "store the rest" would fetch: the missing groups and, beside them, Tổng hợp (#12). */
export function missingCount({ total, stored, summaryStored }: ViewStatus): number {
  return total - stored.length + (total > 0 && !summaryStored ? 1 : 0);
}

/** Whether a capture-all run is going on: fetching, or waiting before its next group. */
export function runGoing(run: CaptureAllProgress | null | undefined): boolean {
  return run?.state === 'running' || run?.state === 'waiting';
}
