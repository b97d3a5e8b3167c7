import { useEffect } from 'react';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import type { Loadable } from '../shared/use-background';

/** How often a panel showing a run in progress asks again; each ask wakes a stopped worker. */
export const RUN_WATCH_MS = 2000;

/**
 * While a run is shown as going on, asks the background again now and then. Progress
 * arrives as broadcasts; when the browser stops the worker mid-run none arrive any more,
 * and only asking reveals (through the run the new worker restored) that it stopped.
 */
export function useRunWatch(status: Loadable<ViewStatus>, reload: () => void): void {
  const state = status.state === 'ready' ? status.value.run?.state : undefined;
  const going = state === 'running' || state === 'waiting';
  useEffect(() => {
    if (!going) return;
    const timer = setInterval(reload, RUN_WATCH_MS);
    return () => clearInterval(timer);
  }, [going, reload]);
}
