import type { ViewAnnotations } from '../annotator/annotations';
import { createAnnotator } from '../annotator/annotator';
import { watchDetails } from '../annotator/badge-details';
import { showLegend } from '../annotator/badge-legend';
import { sayIn } from '../annotator/badge-words';
import type { Locale } from '../format/vietnamese';

export interface AnnotatorWiring {
  /** Asks the background for the annotations of the view this tab shows. */
  fetchAnnotations(): Promise<ViewAnnotations | null>;
  /** Calls back when the background says this tab's view changed. */
  onAnnotationsChanged(listener: () => void): void;
  /** The on/off switch: its value now, and a way to hear it change. */
  enabled(): Promise<boolean>;
  onEnabledChanged(listener: (on: boolean) => void): void;
  /** The official's UI language, which the badges' words follow: its value now, and changes. */
  locale(): Promise<Locale>;
  onLocaleChanged(listener: (locale: Locale) => void): void;
  /** Whether the official already closed the badges' legend, and how to remember it. */
  legendSeen?(): Promise<boolean>;
  markLegendSeen?(): void;
  signal: AbortSignal;
}

export interface AnnotatorHandle {
  /** A capture of this page is on its way to the store; `done` settles with the reply. */
  captureSent(done: Promise<unknown>): void;
}

/**
 * After the background replied to a capture, how long to wait for the news that the tab's view
 * changed before drawing with what we have (a rejected answer brings no news).
 */
const GRACE_MS = 300;
/** The longest a capture's reply may hold the badges back. */
const REPLY_WAIT_MS = 3000;

/**
 * Runs the annotator in the portal tab: badges for whatever view the page last loaded,
 * refreshed when the background stored a new view, removed when switched off, reworded when
 * the official switches the UI language. While the page's answers are on their way to the
 * store, badges wait: one pass once the last stored view is known, not one per answer.
 */
export function startAnnotator(document: Document, wiring: AnnotatorWiring): AnnotatorHandle {
  let annotations: ViewAnnotations | null = null;
  let locale: Locale = 'vi';
  let legendAsked = false;
  let removeLegend: (() => void) | null = null;
  const hideLegend = () => {
    removeLegend?.();
    removeLegend = null;
    legendAsked = false;
  };
  const annotator = createAnnotator({
    root: document,
    getAnnotations: () => annotations,
    signal: wiring.signal,
    onApplied: (count) => {
      // The legend goes with the badges: a route without the table has neither.
      if (count === 0) return hideLegend();
      if (legendAsked || !wiring.legendSeen) return;
      legendAsked = true;
      wiring.legendSeen().then(
        (seen) => {
          // Switched off, or the badges gone, while storage answered: no legend for nothing.
          if (seen || wiring.signal.aborted || removeLegend || annotator.count() === 0) return;
          removeLegend = showLegend(document, sayIn(locale).w, () => {
            removeLegend = null;
            wiring.markLegendSeen?.();
          });
          wiring.signal.addEventListener('abort', () => removeLegend?.(), { once: true });
        },
        () => {},
      );
    },
  });
  const stopDetails = watchDetails(document, sayIn('vi').w.details);
  wiring.signal.addEventListener('abort', stopDetails, { once: true });
  // Badges wait for the stored language, so they never flash up in the wrong one first.
  const localeRead = wiring.locale().then(
    (value) => {
      locale = value;
      annotator.setLocale(value);
    },
    () => {},
  );
  wiring.onLocaleChanged((value) => {
    locale = value;
    annotator.setLocale(value);
  });

  let pending = 0;
  let fetching = false;
  let again = false;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    if (pending === 0 && !fetching && grace === undefined) annotator.hold(false);
  };
  const load = () => {
    // News that arrives while we ask, or while answers are still on their way to the store,
    // makes one more question once those are done.
    if (fetching || pending > 0) {
      again = true;
      return;
    }
    fetching = true;
    annotator.hold(true);
    Promise.all([wiring.fetchAnnotations(), localeRead])
      .then(
        ([value]) => {
          annotations = value;
        },
        // The background may be restarting; the next stored view asks again.
        () => {},
      )
      .then(() => {
        fetching = false;
        if (again && pending === 0) {
          again = false;
          load();
          return;
        }
        if (grace !== undefined) clearTimeout(grace);
        grace = undefined;
        annotator.refreshSoon();
        release();
      });
  };
  // Badges switched off take their legend with them; it comes back with them, until closed.
  const setEnabled = (on: boolean) => {
    if (!on) hideLegend();
    annotator.setEnabled(on);
  };
  wiring.enabled().then(setEnabled, () => {});
  wiring.onEnabledChanged(setEnabled);
  wiring.onAnnotationsChanged(load);
  load();
  return {
    captureSent(done) {
      pending += 1;
      annotator.hold(true);
      let settledOnce = false;
      // A reply that never comes (a background torn down mid-way) must not stall the badges.
      const timeout = setTimeout(() => settled(), REPLY_WAIT_MS);
      const settled = () => {
        if (settledOnce) return;
        settledOnce = true;
        clearTimeout(timeout);
        pending -= 1;
        if (pending > 0) return;
        if (again && !fetching) {
          again = false;
          load();
          return;
        }
        if (grace !== undefined) clearTimeout(grace);
        grace = setTimeout(() => {
          grace = undefined;
          release();
        }, GRACE_MS);
      };
      done.then(settled, settled);
    },
  };
}
