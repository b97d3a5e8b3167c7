import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CapturesSummary } from '../lib/db/captures';
import { ask } from '../lib/messaging/client';
import { isCapturesChanged } from '../lib/messaging/events';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: string };

/** The stored-captures summary, refreshed whenever the background stores something. */
export function useCapturesSummary(): Loadable<CapturesSummary> {
  const [summary, setSummary] = useState<Loadable<CapturesSummary>>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    const load = () => {
      ask({ type: 'captures:summary' }).then(
        (value) => live && setSummary({ state: 'ready', value }),
        (error: unknown) => live && setSummary({ state: 'error', error: String(error) }),
      );
    };
    const onMessage = (message: unknown) => {
      if (isCapturesChanged(message)) load();
    };
    load();
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return summary;
}
