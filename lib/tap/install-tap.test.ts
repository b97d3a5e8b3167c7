// @vitest-environment node
// Node's own fetch classes (undici) follow the WHATWG spec where happy-dom 21 does not: a second
// read of a body rejects with TypeError (happy-dom: DOMException InvalidStateError). Nothing here
// needs a DOM: the window, fetch and XMLHttpRequest are fakes.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ObservedCall } from '../capture/observed-call';
import { installTap } from './install-tap';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency';
const FIXTURE_BYTES = readFileSync(
  new URL('../../tests/fixtures/portal-2026/phu-tho-2026-08/transparency.json', import.meta.url),
);
const FIXTURE_TEXT = FIXTURE_BYTES.toString('utf8');
const JSON_TYPE = 'application/json; charset=utf-8';
const REQUEST_BODY = JSON.stringify({
  rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a',
  currentPage: 1,
  pageSize: 200,
  timeType: 'month',
  year: 2026,
  month: 8,
});
const ERROR_500 = '{"statusCode":500,"message":"Internal server error"}';
const HTML_403 =
  '<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>';
const POST: RequestInit = {
  method: 'POST',
  body: REQUEST_BODY,
  headers: { 'content-type': 'application/json' },
};

interface Outcome {
  status: number;
  body: string;
  contentType: string;
}

/** The browser's XHR event sequence, with the outcome decided by the test. */
function makeFakeXhrClass() {
  return class FakeXhr extends EventTarget {
    readyState = 0;
    status = 0;
    responseType = '';
    responseTextReads = 0;
    method = '';
    url = '';
    body: unknown = undefined;
    private text = '';
    private contentType: string | null = null;
    private sent = false;

    get responseText(): string {
      if (this.responseType !== '' && this.responseType !== 'text') {
        throw new DOMException('responseType is not text', 'InvalidStateError');
      }
      this.responseTextReads++;
      return this.readyState >= 3 ? this.text : '';
    }

    get response(): unknown {
      if (this.readyState !== 4 || this.status === 0) return this.responseType === '' ? '' : null;
      if (this.responseType === 'json') {
        try {
          return JSON.parse(this.text);
        } catch {
          return null;
        }
      }
      if (this.responseType === 'arraybuffer') return new TextEncoder().encode(this.text).buffer;
      return this.text;
    }

    open(method: string, url: string | URL): void {
      this.method = method;
      this.url = String(url);
      this.sent = false;
      this.status = 0;
      this.text = '';
      this.contentType = null;
      this.readyState = 1;
      this.fire('readystatechange');
    }

    send(body?: unknown): void {
      if (this.readyState !== 1 || this.sent) {
        throw new DOMException('The object is in an invalid state.', 'InvalidStateError');
      }
      this.sent = true;
      this.body = body;
      this.fire('loadstart');
    }

    abort(): void {
      if (this.sent && this.readyState >= 1 && this.readyState <= 3) {
        this.status = 0;
        this.readyState = 4;
        this.fire('readystatechange');
        this.fire('abort');
        this.fire('loadend');
      }
      this.readyState = 0;
      this.sent = false;
    }

    getResponseHeader(name: string): string | null {
      return this.readyState >= 2 && name.toLowerCase() === 'content-type'
        ? this.contentType
        : null;
    }

    respond({ status, body, contentType }: Outcome): void {
      this.status = status;
      this.contentType = contentType;
      this.readyState = 2;
      this.fire('readystatechange');
      this.text = body;
      this.readyState = 3;
      this.fire('readystatechange');
      this.fire('progress');
      this.readyState = 4;
      this.fire('readystatechange');
      this.fire('load');
      this.fire('loadend');
    }

    failNetwork(): void {
      this.status = 0;
      this.readyState = 4;
      this.fire('readystatechange');
      this.fire('error');
      this.fire('loadend');
    }

    private fire(type: string): void {
      this.dispatchEvent(new Event(type));
    }
  };
}

type FetchMock = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

function respondWith(outcome: Outcome) {
  return vi.fn<FetchMock>(() =>
    Promise.resolve(
      new Response(outcome.body, {
        status: outcome.status,
        headers: { 'content-type': outcome.contentType },
      }),
    ),
  );
}

function makeWindow(fetch: FetchMock = respondWith(SUCCESS)) {
  return { fetch, XMLHttpRequest: makeFakeXhrClass(), location: { href: PAGE } };
}
type FakeWindow = ReturnType<typeof makeWindow>;

/** A window with the tap, and one without it, set up identically. */
function pair(makeFetch: () => FetchMock = () => respondWith(SUCCESS)) {
  const plain = makeWindow(makeFetch());
  const tapped = makeWindow(makeFetch());
  const forward = vi.fn<(call: ObservedCall) => void>();
  installTap(tapped, forward, () => new Date('2026-09-26T18:14:39.135Z'));
  return { plain, tapped, forward };
}

const SUCCESS: Outcome = {
  status: 201,
  body: FIXTURE_TEXT,
  contentType: JSON_TYPE,
};
const SERVER_ERROR: Outcome = { status: 500, body: ERROR_500, contentType: JSON_TYPE };
const NOT_FOUND: Outcome = {
  status: 404,
  body: ERROR_500.replace('500', '404'),
  contentType: JSON_TYPE,
};
const FORBIDDEN_HTML: Outcome = { status: 403, body: HTML_403, contentType: 'text/html' };

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function expectedCall(outcome: Outcome, requestBody: string | null = REQUEST_BODY): ObservedCall {
  return {
    url: API,
    method: 'POST',
    requestBody,
    status: outcome.status,
    contentType: outcome.contentType,
    responseText: outcome.body,
    observedAt: '2026-09-26T18:14:39.135Z',
  };
}

/** Fails the test if anything of ours escapes as an uncaught error or unhandled rejection. */
function watchUncaught() {
  const escaped: unknown[] = [];
  const onError = (error: unknown) => escaped.push(error);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    return escaped;
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('installTap: fetch', () => {
  async function pageReads(win: FakeWindow, init: RequestInit = POST) {
    const response = await win.fetch(API, init);
    return { status: response.status, ok: response.ok, body: await response.text() };
  }

  it.each([
    ['success (201 JSON, real fixture)', SUCCESS],
    ['HTTP 500', SERVER_ERROR],
    ['HTTP 404', NOT_FOUND],
    ['HTML 403 page', FORBIDDEN_HTML],
  ])('%s: page unaffected, forwarded byte for byte', async (_name, outcome) => {
    const { plain, tapped, forward } = pair(() => respondWith(outcome));
    const seen = await pageReads(tapped);
    expect(seen).toEqual(await pageReads(plain));
    expect(seen.body).toBe(outcome.body);
    await vi.waitFor(() => expect(forward).toHaveBeenCalledTimes(1));
    expect(forward).toHaveBeenCalledWith(expectedCall(outcome));
  });

  it('forwards the fixture bytes exactly', async () => {
    const { tapped, forward } = pair();
    await tapped.fetch(API, POST);
    await vi.waitFor(() => expect(forward).toHaveBeenCalledTimes(1));
    const call = forward.mock.calls[0]?.[0];
    expect(Buffer.from(call?.responseText ?? '', 'utf8').equals(FIXTURE_BYTES)).toBe(true);
  });

  it('returns the very promise the original fetch returned', async () => {
    const inner = respondWith(SUCCESS);
    const win = makeWindow(inner);
    installTap(win, vi.fn());
    const promise = win.fetch(API, POST);
    expect(promise).toBe(inner.mock.results[0]?.value);
    await promise;
  });

  it('keeps the order of the page continuations among its other microtasks', async () => {
    const run = async (win: FakeWindow) => {
      const log: string[] = [];
      const promise = win.fetch(API, POST);
      promise.then(async (response) => {
        log.push('page-then');
        await response.text();
        log.push('page-body');
      });
      let tick = 0;
      const next = () => {
        log.push(`tick${tick}`);
        if (++tick < 8) queueMicrotask(next);
      };
      queueMicrotask(next);
      await settle();
      return log;
    };
    // The response arrives a few microtasks in, so it lands among the page's ticks.
    const late = () =>
      vi.fn<FetchMock>(() =>
        Promise.resolve()
          .then(() => undefined)
          .then(() => new Response(FIXTURE_TEXT, { status: 201 })),
      );
    const { plain, tapped } = pair(late);
    const withTap = await run(tapped);
    const withoutTap = await run(plain);
    expect(withTap.indexOf('page-then')).toBe(withoutTap.indexOf('page-then'));
    expect(withTap.indexOf('page-then')).toBeGreaterThan(0);
    // Not asserted: when the page's own text() settles. Reading through a clone tees the body
    // stream, which costs the page's read one extra microtask — inherent to response.clone(),
    // in browsers too.
  });

  it('network error: the page gets the same rejection; nothing forwarded', async () => {
    const failure = new TypeError('Failed to fetch');
    const inner = vi.fn<FetchMock>(() => Promise.reject(failure));
    const win = makeWindow(inner);
    const forward = vi.fn();
    installTap(win, forward);
    const promise = win.fetch(API, POST);
    expect(promise).toBe(inner.mock.results[0]?.value);
    await expect(promise).rejects.toBe(failure);
    await settle();
    expect(forward).not.toHaveBeenCalled();
  });

  it('abort: the page gets the AbortError; nothing forwarded', async () => {
    const abortable = () =>
      vi.fn<FetchMock>(
        (_input, init) =>
          new Promise<Response>((_resolve, reject) => {
            const signal = init?.signal;
            signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          }),
      );
    const { plain, tapped, forward } = pair(abortable);
    const run = async (win: FakeWindow) => {
      const controller = new AbortController();
      const promise = win.fetch(API, { ...POST, signal: controller.signal });
      controller.abort();
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBe(controller.signal.reason);
      return (error as Error).name;
    };
    expect(await run(tapped)).toBe('AbortError');
    expect(await run(plain)).toBe('AbortError');
    await settle();
    expect(forward).not.toHaveBeenCalled();
  });

  it('a page reading the body twice, or cloning it, sees what it would without the tap', async () => {
    const run = async (win: FakeWindow) => {
      const response = await win.fetch(API, POST);
      const copy = response.clone();
      const first = await response.text();
      const second = await response.text().catch((e: unknown) => e);
      return {
        first: first === FIXTURE_TEXT,
        secondIsTypeError: second instanceof TypeError,
        secondName: (second as Error).name,
        bodyUsed: response.bodyUsed,
        fromCopy: (await copy.text()) === FIXTURE_TEXT,
      };
    };
    const { plain, tapped, forward } = pair();
    const withTap = await run(tapped);
    expect(withTap).toEqual(await run(plain));
    expect(withTap).toEqual({
      first: true,
      secondIsTypeError: true,
      secondName: 'TypeError',
      bodyUsed: true,
      fromCopy: true,
    });
    await vi.waitFor(() => expect(forward).toHaveBeenCalledTimes(1));
  });

  it.each([
    ['GET of a reporting URL', API, { method: 'GET' }],
    ['POST outside the reporting API', 'https://dichvucong.gov.vn/api/v1/auth/login', POST],
    ['legacy rest.jsp', '/jsp/rest.jsp', POST],
  ])('%s is neither read nor forwarded', async (_name, url, init) => {
    const clone = vi.spyOn(Response.prototype, 'clone');
    const { tapped, forward } = pair();
    const response = await tapped.fetch(url, init);
    expect(await response.text()).toBe(FIXTURE_TEXT);
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(forward).not.toHaveBeenCalled();
  });

  it('resolves a relative URL against the page', async () => {
    const { tapped, forward } = pair();
    await tapped.fetch('/api/v1/reporting/evaluation/transparency', POST);
    await vi.waitFor(() => expect(forward).toHaveBeenCalledWith(expectedCall(SUCCESS)));
  });

  it('a Request input: forwarded with its body, the page Request left unread', async () => {
    let bodyUsedAtCall: boolean | undefined;
    const inner = vi.fn<FetchMock>((input) => {
      bodyUsedAtCall = (input as Request).bodyUsed;
      return respondWith(SUCCESS)(input);
    });
    const win = makeWindow(inner);
    const forward = vi.fn<(call: ObservedCall) => void>();
    installTap(win, forward, () => new Date('2026-09-26T18:14:39.135Z'));
    const request = new Request(API, POST);
    const response = await win.fetch(request);
    expect(inner.mock.calls[0]?.[0]).toBe(request);
    expect(bodyUsedAtCall).toBe(false);
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe(REQUEST_BODY);
    expect(await response.text()).toBe(FIXTURE_TEXT);
    await vi.waitFor(() => expect(forward).toHaveBeenCalledWith(expectedCall(SUCCESS)));
  });

  it('a non-string body is forwarded as null', async () => {
    const { tapped, forward } = pair();
    const form = new FormData();
    form.set('year', '2026');
    await tapped.fetch(API, { method: 'POST', body: form });
    await vi.waitFor(() => expect(forward).toHaveBeenCalledWith(expectedCall(SUCCESS, null)));
  });

  it('a throwing forward never reaches the page', async () => {
    const stop = watchUncaught();
    const win = makeWindow();
    const forward = vi.fn(() => {
      throw new Error('extension reloaded');
    });
    installTap(win, forward);
    const response = await win.fetch(API, POST);
    expect(await response.text()).toBe(FIXTURE_TEXT);
    await vi.waitFor(() => expect(forward).toHaveBeenCalledTimes(1));
    await settle();
    expect(stop()).toEqual([]);
  });
});

describe('installTap: XMLHttpRequest', () => {
  type FakeXhr = InstanceType<FakeWindow['XMLHttpRequest']>;
  const EVENTS = ['readystatechange', 'loadstart', 'progress', 'load', 'error', 'abort', 'loadend'];

  /** What a page typically does; `finish` decides the outcome the network gives. */
  function pageSends(
    win: FakeWindow,
    finish: (xhr: FakeXhr) => void,
    { method = 'POST', url = API, responseType = '' } = {},
  ) {
    const xhr = new win.XMLHttpRequest();
    const log: string[] = [];
    for (const type of EVENTS) {
      xhr.addEventListener(type, (event) => {
        log.push(`${event.type}:${xhr.readyState}:${xhr.status}`);
      });
    }
    xhr.open(method, url);
    xhr.responseType = responseType;
    xhr.send(method === 'GET' ? null : REQUEST_BODY);
    // A listener added after send() still comes after ours; the page cannot tell.
    xhr.addEventListener('loadend', () => log.push('late-loadend'));
    finish(xhr);
    const readable = responseType === '' || responseType === 'text';
    return { xhr, log, status: xhr.status, text: readable ? xhr.responseText : null };
  }

  it.each([
    ['success (201 JSON, real fixture)', SUCCESS],
    ['HTTP 500', SERVER_ERROR],
    ['HTTP 404', NOT_FOUND],
    ['HTML 403 page', FORBIDDEN_HTML],
  ])('%s: same events and body for the page, forwarded byte for byte', (_name, outcome) => {
    const { plain, tapped, forward } = pair();
    const withTap = pageSends(tapped, (xhr) => xhr.respond(outcome));
    const withoutTap = pageSends(plain, (xhr) => xhr.respond(outcome));
    expect(withTap.log).toEqual(withoutTap.log);
    expect(withTap.log.at(-1)).toBe('late-loadend');
    expect({ status: withTap.status, text: withTap.text }).toEqual({
      status: outcome.status,
      text: outcome.body,
    });
    expect(forward).toHaveBeenCalledTimes(1);
    expect(forward).toHaveBeenCalledWith(expectedCall(outcome));
    expect(
      Buffer.from(forward.mock.calls[0]?.[0].responseText ?? '').equals(Buffer.from(outcome.body)),
    ).toBe(true);
  });

  it.each([
    ['network error', (xhr: FakeXhr) => xhr.failNetwork(), 'error:4:0'],
    ['abort', (xhr: FakeXhr) => xhr.abort(), 'abort:4:0'],
  ])('%s: the page gets the same events; nothing forwarded', (_name, finish, expected) => {
    const { plain, tapped, forward } = pair();
    const withTap = pageSends(tapped, finish);
    const withoutTap = pageSends(plain, finish);
    expect(withTap.log).toEqual(withoutTap.log);
    expect(withTap.log).toContain(expected);
    expect(forward).not.toHaveBeenCalled();
  });

  it('reading responseText twice gives the same string', () => {
    const { tapped } = pair();
    const { xhr } = pageSends(tapped, (x) => x.respond(SUCCESS));
    expect(xhr.responseText).toBe(FIXTURE_TEXT);
    expect(xhr.responseText).toBe(FIXTURE_TEXT);
  });

  it("responseType 'json' is forwarded re-serialized, without touching responseText", () => {
    const { tapped, forward } = pair();
    const { xhr } = pageSends(tapped, (x) => x.respond(SUCCESS), { responseType: 'json' });
    expect(xhr.responseTextReads).toBe(0);
    expect(forward).toHaveBeenCalledWith({
      ...expectedCall(SUCCESS),
      responseText: JSON.stringify(xhr.response),
    });
  });

  it("responseType 'arraybuffer' is skipped", () => {
    const { tapped, forward } = pair();
    const { xhr } = pageSends(tapped, (x) => x.respond(SUCCESS), { responseType: 'arraybuffer' });
    expect(xhr.response).toBeInstanceOf(ArrayBuffer);
    expect(forward).not.toHaveBeenCalled();
  });

  it.each([
    ['GET of a reporting URL', 'GET', API],
    ['POST outside the reporting API', 'POST', 'https://dichvucong.gov.vn/api/v1/auth/login'],
  ])('%s is neither read nor forwarded', (_name, method, url) => {
    const { tapped, forward } = pair();
    const xhr = new tapped.XMLHttpRequest();
    xhr.open(method, url);
    xhr.send(null);
    xhr.respond(SUCCESS);
    expect(xhr.responseTextReads).toBe(0);
    expect(forward).not.toHaveBeenCalled();
  });

  it('resolves a relative URL against the page', () => {
    const { tapped, forward } = pair();
    pageSends(tapped, (x) => x.respond(SUCCESS), {
      url: '/api/v1/reporting/evaluation/transparency',
    });
    expect(forward).toHaveBeenCalledWith(expectedCall(SUCCESS));
  });

  it('re-opening the same object forwards only the request that completed', () => {
    const { tapped, forward } = pair();
    const xhr = new tapped.XMLHttpRequest();
    xhr.open('POST', API);
    xhr.send(REQUEST_BODY);
    xhr.open('POST', API);
    xhr.send('{"year":2025}');
    xhr.respond(SUCCESS);
    expect(forward).toHaveBeenCalledTimes(1);
    expect(forward).toHaveBeenCalledWith(expectedCall(SUCCESS, '{"year":2025}'));
  });

  it("send() errors are the page's own, unchanged", () => {
    const { plain, tapped, forward } = pair();
    const attempt = (win: FakeWindow) => {
      const xhr = new win.XMLHttpRequest();
      xhr.open('POST', API);
      xhr.send(REQUEST_BODY);
      try {
        xhr.send(REQUEST_BODY);
      } catch (error) {
        xhr.respond(SUCCESS);
        return (error as DOMException).name;
      }
      return 'no error';
    };
    expect(attempt(tapped)).toBe(attempt(plain));
    expect(forward).toHaveBeenCalledTimes(1);
  });

  it('a throwing forward never reaches the page', async () => {
    const stop = watchUncaught();
    const win = makeWindow();
    const forward = vi.fn(() => {
      throw new Error('extension reloaded');
    });
    installTap(win, forward);
    const { log } = pageSends(win, (x) => x.respond(SUCCESS));
    expect(forward).toHaveBeenCalledTimes(1);
    expect(log.at(-1)).toBe('late-loadend');
    await settle();
    expect(stop()).toEqual([]);
  });
});

describe('installTap: lifecycle', () => {
  it('uninstall restores the originals and stops forwarding', async () => {
    const win = makeWindow();
    const proto = win.XMLHttpRequest.prototype;
    const originals = { fetch: win.fetch, open: proto.open, send: proto.send };
    const forward = vi.fn();
    const uninstall = installTap(win, forward);
    expect(win.fetch).not.toBe(originals.fetch);
    expect(proto.open).not.toBe(originals.open);
    uninstall();
    expect({ fetch: win.fetch, open: proto.open, send: proto.send }).toEqual(originals);
    await (await win.fetch(API, POST)).text();
    await settle();
    expect(forward).not.toHaveBeenCalled();
  });

  it('a wrapper added by the page on top is kept; ours then only passes through', async () => {
    const win = makeWindow();
    const forward = vi.fn();
    const uninstall = installTap(win, forward);
    const ours = win.fetch;
    const pageWrapper = vi.fn<FetchMock>((input, init) => ours(input, init));
    win.fetch = pageWrapper;
    uninstall();
    expect(win.fetch).toBe(pageWrapper);
    await win.fetch(API, POST);
    await settle();
    expect(forward).not.toHaveBeenCalled();
  });

  it('installing twice forwards once; after uninstall it can be installed again', async () => {
    const win = makeWindow();
    const first = vi.fn();
    const second = vi.fn();
    const uninstall = installTap(win, first);
    installTap(win, second);
    await win.fetch(API, POST);
    pageSendsOnce(win);
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(2));
    expect(second).not.toHaveBeenCalled();
    uninstall();
    const third = vi.fn();
    installTap(win, third);
    await win.fetch(API, POST);
    await vi.waitFor(() => expect(third).toHaveBeenCalledTimes(1));
  });

  it('keeps the wrapped functions looking like the originals', () => {
    const win = makeWindow();
    const proto = win.XMLHttpRequest.prototype;
    const before = [win.fetch, proto.open, proto.send].map((f) => [f.name, f.length]);
    installTap(win, vi.fn());
    const after = [win.fetch, proto.open, proto.send].map((f) => [f.name, f.length]);
    expect(after).toEqual(before);
  });
});

function pageSendsOnce(win: FakeWindow): void {
  const xhr = new win.XMLHttpRequest();
  xhr.open('POST', API);
  xhr.send(REQUEST_BODY);
  xhr.respond(SUCCESS);
}
