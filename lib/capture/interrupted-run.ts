import type { CaptureAllProgress } from './capture-all';
import { stopText } from './capture-all';

/** Where the run's progress is kept between worker restarts (`storage.session`). */
export interface RunStore {
  load(): Promise<CaptureAllProgress | null>;
  save(progress: CaptureAllProgress | null): Promise<void>;
}

/**
 * What a run saved by a worker that is gone really is. The browser may stop the service
 * worker in the middle of a run (after ~30 s idle, or under memory pressure); the loop that
 * drove it is gone with it and nothing will be fetched any more. A run saved as going on
 * is therefore reported as stopped — with what it was fetching and what it kept — so no
 * panel shows a run that is no longer running. Running it again continues with what is
 * still missing, which is the whole of "resuming" a sequence of independent fetches.
 */
export function settleSavedRun(saved: CaptureAllProgress | null): CaptureAllProgress | null {
  if (!saved) return null;
  if (saved.state !== 'running' && saved.state !== 'waiting') return saved;
  const step = saved.current;
  const facts = {
    reason: 'interrupted' as const,
    endpoint: step?.endpoint ?? '',
    label: step?.label ?? '',
    group: step?.group ?? 'CKMB',
    status: 0,
    kept: saved.stored.length,
    detail: null,
  };
  return {
    ...saved,
    state: 'stopped',
    stop: { ...facts, message: stopText(facts) },
  };
}
