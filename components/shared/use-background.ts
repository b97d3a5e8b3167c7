import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type PageEventType, readPageEvent } from '../../lib/protocol/events';
import { errorText } from './error-text';
import { useLocale } from './locale';
import { DATA_LOADED, DATA_SHOWN } from './view-marks';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: string };

/**
 * Loads something from the background and loads it again whenever one of `events` is
 * broadcast, so every open page shows what is stored now.
 */
export function useBackground<T>(
  load: () => Promise<T>,
  events: readonly PageEventType[],
  /** Loads again when this changes (e.g. the selected snapshot). */
  dependency?: unknown,
): [Loadable<T>, () => void] {
  const { locale } = useLocale();
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is re-created every render; reloading is driven by `generation` and events.
  useEffect(() => {
    let live = true;
    load().then(
      (v) => {
        if (!live) return;
        performance.mark(DATA_LOADED);
        setValue({ state: 'ready', value: v });
      },
      (error: unknown) => live && setValue({ state: 'error', error: errorText(error, locale) }),
    );
    return () => {
      live = false;
    };
  }, [generation, dependency]);

  // After the commit that shows the data: `npm run bench` times the views from the mark above
  // to this one (rendering, not the background's work or the message round trip).
  useEffect(() => {
    if (value.state === 'ready') performance.mark(DATA_SHOWN);
  }, [value]);

  const eventKey = events.join(',');
  useEffect(() => {
    const types = eventKey.split(',');
    const onMessage = (message: unknown) => {
      const event = readPageEvent(message);
      if (event && types.includes(event.type)) reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [eventKey, reload]);

  return [value, reload];
}
