import type { ViewAnnotations } from '../annotator/annotations';
import { createAnnotator } from '../annotator/annotator';
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
  signal: AbortSignal;
}

/**
 * Runs the annotator in the portal tab: badges for whatever view the page last loaded,
 * refreshed when the background stored a new view, removed when switched off, reworded when
 * the official switches the UI language.
 */
export function startAnnotator(document: Document, wiring: AnnotatorWiring): void {
  let annotations: ViewAnnotations | null = null;
  const annotator = createAnnotator({
    root: document,
    getAnnotations: () => annotations,
    signal: wiring.signal,
  });
  // Badges wait for the stored language, so they never flash up in the wrong one first.
  const localeRead = wiring.locale().then(
    (locale) => annotator.setLocale(locale),
    () => {},
  );
  wiring.onLocaleChanged((locale) => annotator.setLocale(locale));
  const load = () => {
    Promise.all([wiring.fetchAnnotations(), localeRead]).then(
      ([value]) => {
        annotations = value;
        annotator.refresh();
      },
      // The background may be restarting; the next stored view asks again.
      () => {},
    );
  };
  wiring.enabled().then(
    (on) => annotator.setEnabled(on),
    () => {},
  );
  wiring.onEnabledChanged((on) => annotator.setEnabled(on));
  wiring.onAnnotationsChanged(load);
  load();
}
