import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { COMPOSED_HEADER, composedSummary } from './composed-summary.ts';
import {
  DEFAULT_FIXTURES_DIR,
  DERIVED_FIXTURES_DIR,
  type Fixture,
  findFixture,
  loadFixtures,
} from './fixture-index.ts';

export const PORTAL_HOST = 'dichvucong.gov.vn';
export const PAGE_PATH = '/danh-gia-chat-luong-phuc-vu';
/** Another route of the client-side app, for tests of navigating away and back. */
const LOOKUP_PATH = '/tra-cuu-ho-so';
export const API_PREFIX = '/api/v1/reporting/';
/** Marks answers built from the derived fixtures; the replica page shows a notice for them. */
export const ILLUSTRATIVE_HEADER = 'x-replica-illustrative';
const ASSETS_PREFIX = '/replica-assets/';
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
const JSON_TYPE = 'application/json; charset=utf-8';

/** Assets the page may load; anything else under /replica-assets/ is a 404 (no path traversal). */
const ASSETS: Readonly<Record<string, string>> = {
  'app.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
  'pager.js': 'text/javascript; charset=utf-8',
  'provinces.js': 'text/javascript; charset=utf-8',
  'render.js': 'text/javascript; charset=utf-8',
  'request.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

export interface ReplicaRequest {
  /** Date.now() when the request arrived. */
  at: number;
  method: string;
  path: string;
  /** Parsed JSON, or the raw text when the body is not JSON ('' when empty). */
  body: unknown;
  status: number;
}

/** A test override, checked before the fixtures (newest rule first). */
export interface ResponseRule {
  /** Exact request path (query ignored) or a pattern tested against it. */
  path: string | RegExp;
  match?: (body: unknown) => boolean;
  status: number;
  /** Defaults to application/json; charset=utf-8. */
  contentType?: string;
  body: string | Buffer;
  delayMs?: number;
  /** How many requests the rule answers before it falls through; unlimited when absent. */
  times?: number;
}

export interface Replica {
  port: number;
  origin: string;
  requests: ReplicaRequest[];
  setResponse(rule: ResponseRule): void;
  clearResponses(): void;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  /** 0 (default) picks any free port. */
  port?: number;
  /** Folders with a captures.json each; by default the real captures and the derived month. */
  fixturesDir?: string | readonly string[];
}

interface Reply {
  status: number;
  contentType: string;
  body: string | Buffer;
  delayMs?: number;
  headers?: Record<string, string>;
}

interface ActiveRule {
  rule: ResponseRule;
  remaining: number;
}

export async function startReplica(options: ReplicaOptions = {}): Promise<Replica> {
  const [fixtures, pems] = await Promise.all([
    Promise.all(
      [options.fixturesDir ?? [DEFAULT_FIXTURES_DIR, DERIVED_FIXTURES_DIR]]
        .flat()
        .map((dir) => loadFixtures(dir)),
    ).then((sets) => sets.flat()),
    // EC keys: generating one takes milliseconds, an RSA 2048 key can take a second.
    generate([{ name: 'commonName', value: PORTAL_HOST }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: PORTAL_HOST }] },
      ],
    }),
  ]);
  const rules: ActiveRule[] = [];
  const requests: ReplicaRequest[] = [];
  const pending = new Set<NodeJS.Timeout>();

  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const at = Date.now();
    readBody(req)
      .then(async (raw) => {
        const url = new URL(req.url ?? '/', `https://${PORTAL_HOST}`);
        const method = req.method ?? 'GET';
        const body = parseBody(raw);
        const reply =
          takeRule(rules, url.pathname, body) ?? (await route(method, url, body, fixtures));
        if (url.pathname.startsWith(API_PREFIX)) {
          requests.push({ at, method, path: url.pathname, body, status: reply.status });
        }
        if (process.env.REPLICA_LOG) {
          console.log(`[replica] ${method} ${url.pathname}${url.search} → ${reply.status}`);
        }
        send(res, reply, pending);
      })
      .catch((error: unknown) => {
        send(res, { status: 500, contentType: 'text/plain; charset=utf-8', body: String(error) });
      });
  });

  const port = await listen(server, options.port ?? 0);
  return {
    port,
    origin: `https://127.0.0.1:${port}`,
    requests,
    setResponse(rule) {
      rules.unshift({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clearResponses() {
      rules.length = 0;
    },
    close() {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from a browser would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}

function takeRule(rules: ActiveRule[], path: string, body: unknown): Reply | undefined {
  const active = rules.find(({ rule, remaining }) => {
    if (remaining <= 0) return false;
    const pathMatches = typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
    return pathMatches && (rule.match === undefined || rule.match(body));
  });
  if (!active) return undefined;
  active.remaining -= 1;
  const { rule } = active;
  return {
    status: rule.status,
    contentType: rule.contentType ?? JSON_TYPE,
    body: rule.body,
    ...(rule.delayMs === undefined ? {} : { delayMs: rule.delayMs }),
  };
}

async function route(
  method: string,
  url: URL,
  body: unknown,
  fixtures: readonly Fixture[],
): Promise<Reply> {
  const path = url.pathname;
  if (path.startsWith(API_PREFIX)) {
    const fixture = findFixture(fixtures, method, path, body);
    if (fixture) {
      return {
        status: fixture.capture.httpStatus,
        contentType: fixture.capture.contentType,
        body: fixture.body,
        ...(fixture.illustrative ? { headers: { [ILLUSTRATIVE_HEADER]: '1' } } : {}),
      };
    }
    // No captured Tổng hợp for this root and month: composed from its six real group answers.
    const composed = composedSummary(fixtures, path, body);
    if (composed) {
      return {
        status: 201,
        contentType: JSON_TYPE,
        body: composed,
        headers: { [COMPOSED_HEADER]: '1' },
      };
    }
    return notFound('Không tìm thấy dữ liệu cho yêu cầu này');
  }
  if (method === 'GET' || method === 'HEAD') {
    if (path === '/') {
      return {
        status: 302,
        contentType: 'text/plain; charset=utf-8',
        body: '',
        headers: { location: `${PAGE_PATH}${url.search}` },
      };
    }
    // The page is a client-side app: its other routes load the same document.
    if (path === PAGE_PATH || path === `${PAGE_PATH}/` || path === LOOKUP_PATH) {
      return page('index.html', 'text/html; charset=utf-8');
    }
    if (path.startsWith(ASSETS_PREFIX)) {
      const name = path.slice(ASSETS_PREFIX.length);
      const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (type) return page(name, type);
    }
  }
  return notFound('Không tìm thấy trang');
}

async function page(name: string, contentType: string): Promise<Reply> {
  // Read on every request so edits to the page show up on reload without restarting.
  return { status: 200, contentType, body: await readFile(`${PAGE_DIR}${name}`) };
}

function notFound(message: string): Reply {
  return {
    status: 404,
    contentType: JSON_TYPE,
    body: JSON.stringify({ code: 'NOT_FOUND', data: null, message }),
  };
}

function send(res: ServerResponse, reply: Reply, pending?: Set<NodeJS.Timeout>): void {
  const write = () => {
    if (res.destroyed) return;
    res.writeHead(reply.status, {
      'content-type': reply.contentType,
      'content-length': Buffer.byteLength(reply.body),
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : reply.body);
  };
  if (!reply.delayMs || !pending) {
    write();
    return;
  }
  const timer = setTimeout(() => {
    pending.delete(timer);
    write();
  }, reply.delayMs);
  pending.add(timer);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): unknown {
  if (raw === '') return '';
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
