/**
 * Keeps badges next to the values the portal page shows, for whatever view annotations the
 * bridge holds, across the page's own re-renders, pagination and SPA navigation.
 */

import type { Locale } from '../format/vietnamese';
import type { ViewAnnotations } from './annotations';
import { isBadgeHost } from './badge-host';
import { BADGE_ATTRIBUTE } from './text-index';

/** Badges, their details box, the legend and the drawer: none of them is the page's doing. */
const isOurs = (node: Node) =>
  node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTRIBUTE);

import { createLayer, type LayerStats } from './badge-layer';

export interface AnnotatorOptions {
  root: Document;
  getAnnotations: () => ViewAnnotations | null;
  signal: AbortSignal;
  /** The language of the badges' words; Vietnamese unless told otherwise. */
  locale?: Locale;
  /** Quiet time after the page's last mutation before badges are re-applied. */
  debounceMs?: number;
  /** Told after every pass, with how many badges are on the page. */
  onApplied?: (count: number) => void;
}

export interface Annotator {
  /** Re-applies now, e.g. when new annotations arrived. */
  refresh(): void;
  /**
   * Re-applies once the table settled: on the next frame, or with the pass the page's own
   * mutations already scheduled. Many calls in a row make one pass.
   */
  refreshSoon(): void;
  /**
   * Holds every pass while answers are on their way to the store (a page loading several of
   * them): one pass follows the release, none per answer. Released by itself after a while.
   */
  hold(on: boolean): void;
  setEnabled(on: boolean): void;
  /** Rewords every badge in the official's UI language. */
  setLocale(locale: Locale): void;
  /** Badges currently on the page. */
  count(): number;
  stats(): LayerStats;
}

/** Places badges once, without watching the page; returns how many. For tests and benchmarks. */
export function annotateOnce(
  root: ParentNode,
  annotations: ViewAnnotations,
  locale: Locale = 'vi',
): number {
  const layer = createLayer();
  layer.apply(root, annotations, locale);
  return layer.count();
}

/**
 * A mutation matters unless it only added our badges or removed ones we had already let go.
 * A badge the page itself tore out (still ours) does matter: it has to come back. A changed
 * class or style matters only while some badge waits for its value to be shown (a tab opened,
 * a card expanded): it may now be measured and placed properly.
 */
function fromPage(
  record: MutationRecord,
  owns: (node: Node) => boolean,
  waiting: boolean,
): boolean {
  if (record.type === 'attributes') return waiting && !owns(record.target);
  if (record.type !== 'childList') return true;
  for (const node of record.addedNodes) if (!isOurs(node)) return true;
  for (const node of record.removedNodes) {
    if (isBadgeHost(node) ? owns(node) : !isOurs(node)) return true;
  }
  return false;
}

/** Answers that never reach the store (a rejected capture) do not hold the badges longer. */
const MAX_HOLD_MS = 2000;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { root, getAnnotations, signal } = options;
  const debounceMs = Math.max(0, options.debounceMs ?? 200);
  // A page that never stops mutating (a clock, a ticker) still gets badges this often.
  const maxWaitMs = debounceMs * 5;
  const layer = createLayer();
  let enabled = true;
  let locale: Locale = options.locale ?? 'vi';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let warned = false;
  let held = false;
  let missed = false;
  let frame: (() => void) | undefined;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  const view = root.defaultView;

  // The annotator runs inside the portal page: a bug here must never surface as a page error.
  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (!warned) console.warn('[chiso766] annotator stopped one update:', error);
      warned = true;
    }
  };

  const cancelTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    frame?.();
    frame = undefined;
  };

  const observer = globalThis.MutationObserver
    ? new globalThis.MutationObserver((records) =>
        guard(() => {
          const waiting = layer.stats().unmeasured > 0;
          if (records.some((record) => fromPage(record, layer.owns, waiting))) schedule();
        }),
      )
    : null;

  function apply() {
    cancelTimer();
    if (!enabled || signal.aborted) return;
    if (held) {
      missed = true;
      return;
    }
    guard(() => {
      const target = root.body ?? root.documentElement;
      if (!target) return;
      observer?.takeRecords();
      layer.apply(target, getAnnotations(), locale);
      // Our own insertions and removals are queued now; dropping them is what prevents loops.
      observer?.takeRecords();
      options.onApplied?.(layer.count());
    });
  }

  function refreshSoon() {
    if (held) {
      missed = true;
      return;
    }
    // A pass the page's mutations scheduled, or one already waiting for a frame, will do.
    if (timer !== undefined || frame !== undefined) return;
    // A frame, or a short timeout where frames do not run (a tab in the background).
    const fallback = setTimeout(apply, 100);
    const id = view?.requestAnimationFrame?.(() => apply());
    frame = () => {
      clearTimeout(fallback);
      if (id !== undefined) view?.cancelAnimationFrame?.(id);
    };
  }

  function hold(on: boolean) {
    if (holdTimer !== undefined) clearTimeout(holdTimer);
    holdTimer = on ? setTimeout(() => hold(false), MAX_HOLD_MS) : undefined;
    if (held === on) return;
    held = on;
    if (!on && missed) {
      missed = false;
      refreshSoon();
    }
  }

  function schedule() {
    const now = Date.now();
    if (timer === undefined) pendingSince = now;
    else clearTimeout(timer);
    timer = setTimeout(apply, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  }

  const observe = () => {
    const target = root.body ?? root.documentElement;
    if (target) {
      observer?.observe(target, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'open'],
      });
    }
  };

  // Free space beside a value changes with the window's width and when web fonts arrive; the
  // badges are re-judged then, never left covering text.
  const fonts = (root as Document & { fonts?: EventTarget }).fonts;
  const relayout = () => schedule();
  const listen = () => {
    view?.addEventListener('resize', relayout);
    fonts?.addEventListener?.('loadingdone', relayout);
  };
  const unlisten = () => {
    view?.removeEventListener('resize', relayout);
    fonts?.removeEventListener?.('loadingdone', relayout);
  };

  const stop = () => {
    cancelTimer();
    observer?.disconnect();
    unlisten();
    guard(() => layer.clear());
  };

  if (!signal.aborted) {
    signal.addEventListener(
      'abort',
      () => {
        enabled = false;
        stop();
      },
      { once: true },
    );
    observe();
    listen();
    apply();
  } else {
    enabled = false;
  }

  return {
    refresh: apply,
    refreshSoon,
    hold,
    setEnabled(on) {
      if (signal.aborted || on === enabled) return;
      enabled = on;
      if (on) {
        observe();
        listen();
        apply();
      } else {
        stop();
      }
    },
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      apply();
    },
    count: () => layer.count(),
    stats: () => layer.stats(),
  };
}
