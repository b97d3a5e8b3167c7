import type { ObservedCall } from '../capture/observed-call';
import { isReportingCall } from '../portal/site';

/**
 * The page-side tap. It runs in the portal's MAIN world on every navigation, before the
 * portal's own scripts, so it must be tiny, dependency-free and invisible to the page: the
 * page gets exactly what it would have got without us, and nothing of ours ever throws
 * into it.
 */

type FetchFn = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

interface XhrLike extends EventTarget {
  readonly status: number;
  readonly responseType: string;
  readonly responseText: string;
  readonly response: unknown;
  getResponseHeader(name: string): string | null;
}

// Method syntax on purpose: the DOM's overloaded open/send must stay assignable here.
interface XhrPrototype {
  open(method: string, url: string | URL, ...rest: unknown[]): void;
  send(body?: unknown): void;
}

export interface TapWindow {
  fetch: FetchFn;
  XMLHttpRequest?: { prototype: XhrPrototype };
  location: { href: string };
}

interface FetchPlan {
  url: string;
  method: string;
  body: string | null;
  /** Set when the body has to come from the page's Request object. */
  bodyText?: Promise<string | null>;
}

/** Per-send bookkeeping for one XHR; a later open() replaces it, so stale loadends are ignored. */
interface XhrRecord {
  method: string;
  url: string;
  listening: boolean;
}

// Symbol.for so that two copies of this bundle (double injection) still see one guard.
const GUARD = Symbol.for('chiso766:tap:installed');

const noop = (): void => {};

function mimic<T extends object>(wrapper: T, original: object): T {
  try {
    const o = original as { name?: unknown; length?: unknown };
    Object.defineProperty(wrapper, 'name', { value: o.name, configurable: true });
    Object.defineProperty(wrapper, 'length', { value: o.length, configurable: true });
  } catch {
    // Cosmetic only.
  }
  return wrapper;
}

function isRequestLike(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Request>;
  return typeof r.clone === 'function' && typeof r.url === 'string' && typeof r.method === 'string';
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export function installTap(
  win: TapWindow,
  forward: (call: ObservedCall) => void,
  now: () => Date = () => new Date(),
): () => void {
  const slot = win as unknown as Record<symbol, unknown>;
  if (slot[GUARD]) return noop;
  Object.defineProperty(win, GUARD, { value: true, configurable: true });

  // After uninstall a wrapper may still sit under someone else's wrapper; it then only
  // passes calls through.
  let active = true;

  const emit = (
    url: string,
    method: string,
    requestBody: string | null,
    status: number,
    contentType: string | null,
    responseText: string,
  ): void => {
    try {
      forward({
        url,
        method,
        requestBody,
        status,
        contentType,
        responseText,
        observedAt: now().toISOString(),
      });
    } catch {
      // The extension's problems are never the page's.
    }
  };

  const originalFetch = win.fetch;
  const tappedFetch = mimic(function (this: unknown, ...args: Parameters<FetchFn>) {
    let plan: FetchPlan | null = null;
    try {
      if (active) {
        const [input, init] = args;
        const request = isRequestLike(input) ? input : null;
        const rawUrl = request ? request.url : String(input);
        const method = String(init?.method ?? request?.method ?? 'GET').toUpperCase();
        const url = absolute(rawUrl, win.location.href);
        if (isReportingCall(url, method, win.location.href)) {
          plan = { url, method, body: null };
          const initBody = init?.body;
          if (typeof initBody === 'string') plan.body = initBody;
          else if (initBody == null && request) {
            // Clone before the original fetch consumes the page's Request; the page's own
            // Request is never read.
            plan.bodyText = request
              .clone()
              .text()
              .then(
                (text) => text,
                () => null,
              );
          }
        }
      }
    } catch {
      plan = null;
    }

    const promise = originalFetch.apply(this, args);
    if (!plan) return promise;

    const { url, method } = plan;
    const body = plan.body;
    const bodyText = plan.bodyText;
    try {
      // The page gets this very promise back, not a chained one. Our reaction is registered
      // before the page can register any, so the clone happens before the page's
      // continuations can touch the body.
      // Trade-off: attaching any reaction marks the promise as handled, so a rejection the
      // page itself leaves unhandled no longer raises `unhandledrejection` — only for the
      // reporting POSTs we tap; everything else passes through untouched.
      // A rejected fetch (network error, abort) received nothing, so nothing is forwarded.
      promise.then((response) => {
        try {
          // Opaque or failed responses carry no readable body.
          if (!response || response.status === 0) return;
          const status = response.status;
          const contentType = response.headers.get('content-type');
          response
            .clone()
            .text()
            .then((text) => {
              if (!bodyText) {
                emit(url, method, body, status, contentType, text);
                return;
              }
              bodyText.then((requestBody) => {
                emit(url, method, requestBody, status, contentType, text);
              }, noop);
            }, noop);
        } catch {
          // Never throw into the page.
        }
      }, noop);
    } catch {
      // A page-replaced fetch returning a non-promise: nothing to observe.
    }
    return promise;
  }, originalFetch);
  win.fetch = tappedFetch;

  const proto = win.XMLHttpRequest?.prototype;
  const originalOpen = proto?.open;
  const originalSend = proto?.send;
  const records = new WeakMap<object, XhrRecord>();

  const tappedOpen =
    proto && originalOpen
      ? mimic(function (this: XhrLike, ...args: Parameters<XhrPrototype['open']>) {
          // Record only after a successful open: a throwing open() leaves the previous state.
          const result = originalOpen.apply(this, args);
          try {
            if (active) {
              const [method, url] = args;
              records.set(this, {
                method: String(method).toUpperCase(),
                url: absolute(String(url), win.location.href),
                listening: false,
              });
            }
          } catch {
            // Never throw into the page.
          }
          return result;
        }, originalOpen)
      : null;

  const tappedSend =
    proto && originalSend
      ? mimic(function (this: XhrLike, ...args: Parameters<XhrPrototype['send']>) {
          let record: XhrRecord | undefined;
          let onLoadEnd: (() => void) | null = null;
          try {
            record = records.get(this);
            if (
              active &&
              record &&
              !record.listening &&
              isReportingCall(record.url, record.method, win.location.href)
            ) {
              const rec = record;
              const body = args[0];
              const requestBody = typeof body === 'string' ? body : null;
              onLoadEnd = () => {
                try {
                  // Status 0 is an abort, a network error or a timeout: nothing was received,
                  // so nothing is forwarded.
                  if (records.get(this) !== rec || this.status === 0) return;
                  const type = this.responseType;
                  let text: string | undefined;
                  // responseText throws for other responseTypes; 'json' has already been parsed.
                  if (type === '' || type === 'text') text = this.responseText;
                  else if (type === 'json') text = JSON.stringify(this.response);
                  if (typeof text !== 'string') return;
                  emit(
                    rec.url,
                    rec.method,
                    requestBody,
                    this.status,
                    this.getResponseHeader('content-type'),
                    text,
                  );
                } catch {
                  // Never throw into the page.
                }
              };
              // Added at send time, after the listeners the page set up before sending, and it
              // only reads: the page's own events keep their order.
              this.addEventListener('loadend', onLoadEnd, { once: true });
              rec.listening = true;
            }
          } catch {
            onLoadEnd = null;
          }
          try {
            return originalSend.apply(this, args);
          } catch (error) {
            // send() refused (e.g. InvalidStateError): no request, so no listener either.
            try {
              if (onLoadEnd && record) {
                this.removeEventListener('loadend', onLoadEnd);
                record.listening = false;
              }
            } catch {
              // Never throw into the page.
            }
            throw error;
          }
        }, originalSend)
      : null;

  if (proto && tappedOpen && tappedSend) {
    proto.open = tappedOpen;
    proto.send = tappedSend;
  }

  return () => {
    try {
      active = false;
      // Only undo what is still ours; if the page wrapped on top, its wrapper stays and ours
      // just passes through.
      if (win.fetch === tappedFetch) win.fetch = originalFetch;
      if (proto && originalOpen && proto.open === tappedOpen) proto.open = originalOpen;
      if (proto && originalSend && proto.send === tappedSend) proto.send = originalSend;
      delete slot[GUARD];
    } catch {
      // Never throw into the page.
    }
  };
}
