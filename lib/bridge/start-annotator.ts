import type { ViewAnnotations } from '../annotator/annotations';
import { createAnnotator } from '../annotator/annotator';
import { watchDetails } from '../annotator/badge-details';
import { showLegend } from '../annotator/badge-legend';
import { sayIn } from '../annotator/badge-words';
import type { Locale } from '../format/vietnamese';

export interface AnnotatorWiring {
  /** Asks the background for the annotations of the view this tab shows. */
  fetchAnnotations(): Promise<ViewAnnotations | null>;
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
  /**
   * A capture of this page is on its way to the store under `ticket`; `done` settles with the
   * background's reply, which carries the annotations of the tab's view unless they came first
   * through `annotationsArrived`.
   */
  captureSent(ticket: number, done: Promise<unknown>): void;
  /** The background worked out the tab's view from a capture before its write committed. */
  annotationsArrived(ticket: number, annotations: ViewAnnotations | null): void;
}

/** The longest a capture's reply may hold the badges back. */
const REPLY_WAIT_MS = 3000;

/** The annotations a reply to `capture:observed` carries; undefined when it carries none. */
function carriedBy(reply: unknown): ViewAnnotations | null | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { ok, value } = reply as { ok?: unknown; value?: unknown };
  if (ok !== true || typeof value !== 'object' || value === null) return undefined;
  if (!('annotations' in value)) return undefined;
  return (value as { annotations: ViewAnnotations | null }).annotations;
}

/**
 * Runs the annotator in the portal tab: badges for whatever view the page last loaded,
 * redrawn as soon as the background analysed a capture of the page, removed when switched
 * off, reworded when the official switches the UI language. While the page's answers are on
 * their way, badges wait: one pass once the view of the last of them is known, not one per
 * answer.
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

  /** Captures sent whose view is not known yet: badges wait for the last of them. */
  const waiting = new Set<number>();
  /** A capture's reply carried nothing (an error, a lost reply): ask once they are all in. */
  let mustAsk = false;
  let fetching = false;
  /** Bumped whenever annotations arrive with a capture, so an older question cannot undo them. */
  let generation = 0;
  const release = () => {
    if (waiting.size === 0 && !fetching) annotator.hold(false);
  };
  // Badges follow at once: the page's table is built by the time its answer was analysed.
  const draw = () => {
    localeRead.then(() => {
      release();
      annotator.refresh();
    });
  };
  const load = () => {
    if (fetching) {
      mustAsk = true;
      return;
    }
    fetching = true;
    annotator.hold(true);
    const asked = generation;
    Promise.all([wiring.fetchAnnotations(), localeRead])
      .then(
        ([value]) => {
          if (asked === generation) annotations = value;
        },
        // The background may be restarting; the next capture asks again.
        () => {},
      )
      .then(() => {
        fetching = false;
        if (mustAsk && waiting.size === 0) {
          mustAsk = false;
          load();
          return;
        }
        annotator.refreshSoon();
        release();
      });
  };
  const settle = (ticket: number, carried: ViewAnnotations | null | undefined) => {
    if (!waiting.delete(ticket)) return;
    if (carried === undefined) mustAsk = true;
    else {
      annotations = carried;
      generation += 1;
    }
    if (waiting.size > 0) return;
    if (mustAsk) {
      mustAsk = false;
      load();
    } else draw();
  };
  // Badges switched off take their legend with them; it comes back with them, until closed.
  const setEnabled = (on: boolean) => {
    if (!on) hideLegend();
    annotator.setEnabled(on);
  };
  wiring.enabled().then(setEnabled, () => {});
  wiring.onEnabledChanged(setEnabled);
  load();
  return {
    captureSent(ticket, done) {
      waiting.add(ticket);
      annotator.hold(true);
      // A reply that never comes (a background torn down mid-way) must not stall the badges.
      const timeout = setTimeout(() => settle(ticket, undefined), REPLY_WAIT_MS);
      done.then(
        (reply) => {
          clearTimeout(timeout);
          settle(ticket, carriedBy(reply));
        },
        () => {
          clearTimeout(timeout);
          settle(ticket, undefined);
        },
      );
    },
    annotationsArrived(ticket, value) {
      settle(ticket, value);
    },
  };
}
