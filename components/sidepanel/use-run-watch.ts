import { useEffect, useRef } from 'react';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import { runGoing } from '../../lib/capture/view-status-counts';
import type { Loadable } from '../shared/use-background';

/** How often a panel showing a run in progress asks again; each ask wakes a stopped worker. */
export const RUN_WATCH_MS = 2000;

/**
 * While a run is shown as going on, asks the background again now and then. Progress
 * arrives as broadcasts; when the browser stops the worker mid-run none arrive any more,
 * and only asking reveals (through the run the new worker restored) that it stopped.
 * An ask that meets the worker while it is being stopped fails; that failure says nothing
 * about the run, so the panel keeps asking until a new worker answers.
 */
export function useRunWatch(status: Loadable<ViewStatus>, reload: () => void): void {
  const lastGoing = useRef(false);
  if (status.state === 'ready') lastGoing.current = runGoing(status.value.run);
  const going = status.state === 'loading' ? false : lastGoing.current;
  useEffect(() => {
    if (!going) return;
    const timer = setInterval(reload, RUN_WATCH_MS);
    return () => clearInterval(timer);
  }, [going, reload]);
}
