// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Capture, DEFAULT_FIXTURES_DIR, readCaptures } from '../replica/fixture-index.ts';
import { type Replica, startReplica } from '../replica/server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  peerCertificate: ReturnType<TLSSocket['getPeerCertificate']>;
}

let replica: Replica;
let captures: Capture[];

function call(method: string, path: string, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: replica.port,
        method,
        path,
        servername: 'dichvucong.gov.vn',
        rejectUnauthorized: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        const peerCertificate = (res.socket as TLSSocket).getPeerCertificate();
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            peerCertificate,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const post = (path: string, body: unknown) =>
  call('POST', path, typeof body === 'string' ? body : JSON.stringify(body));

/** The same object with its keys (at every level) in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pathOf = (capture: Capture) => new URL(capture.url).pathname;
const TRANSPARENCY = '/api/v1/reporting/evaluation/transparency';

beforeAll(async () => {
  [replica, captures] = await Promise.all([startReplica(), readCaptures()]);
});

afterAll(async () => {
  await replica.close();
});

beforeEach(() => {
  replica.clearResponses();
  replica.requests.length = 0;
});

describe('replica server: fixtures', () => {
  it('knows every capture listed in captures.json', () => {
    expect(captures.length).toBeGreaterThanOrEqual(8);
  });

  it('serves each capture byte for byte when its body arrives with keys in another order', async () => {
    for (const capture of captures) {
      const reordered = reverseKeys(capture.requestBody);
      expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(capture.requestBody));
      const reply = await post(pathOf(capture), reordered);
      const fileBytes = await readFile(`${DEFAULT_FIXTURES_DIR}/${capture.file}`);
      expect(reply.status, capture.file).toBe(capture.httpStatus);
      expect(reply.status).toBe(201);
      expect(reply.headers['content-type']).toBe(capture.contentType);
      expect(reply.body.equals(fileBytes), capture.file).toBe(true);
      expect(reply.body.length).toBe(capture.bytes);
      expect(sha256(reply.body), capture.file).toBe(capture.sha256);
    }
  });

  it('answers a body that differs in one value with the JSON 404', async () => {
    const transparency = captures.find((c) => pathOf(c) === TRANSPARENCY);
    expect(transparency).toBeDefined();
    const body = { ...(transparency?.requestBody as object), month: 6 };
    const reply = await post(TRANSPARENCY, body);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({
      code: 'NOT_FOUND',
      data: null,
      message: expect.any(String),
    });
  });

  it('answers an extra field, a non-JSON body and an unknown endpoint with the JSON 404', async () => {
    const transparency = captures.find((c) => pathOf(c) === TRANSPARENCY);
    const extra = { ...(transparency?.requestBody as object), formalityId: 'x' };
    for (const reply of [
      await post(TRANSPARENCY, extra),
      await post(TRANSPARENCY, 'not json'),
      await post('/api/v1/reporting/evaluation/unknown', { year: 2026 }),
      await call('GET', TRANSPARENCY),
    ]) {
      expect(reply.status).toBe(404);
      expect(JSON.parse(reply.body.toString('utf8')).code).toBe('NOT_FOUND');
    }
  });

  it('answers unknown pages with 404', async () => {
    expect((await call('GET', '/khong-co-trang-nay')).status).toBe(404);
    expect((await call('GET', '/replica-assets/../server.ts')).status).toBe(404);
    expect((await call('GET', '/replica-assets/server.ts')).status).toBe(404);
  });
});

describe('replica server: overrides and request log', () => {
  it('applies a rule with times: 1 once, then falls back to the fixture', async () => {
    const capture = captures.find((c) => pathOf(c) === TRANSPARENCY) as Capture;
    replica.setResponse({
      path: TRANSPARENCY,
      status: 429,
      contentType: 'text/html; charset=utf-8',
      body: '<html><body>Too many requests</body></html>',
      times: 1,
    });
    const first = await post(TRANSPARENCY, capture.requestBody);
    expect(first.status).toBe(429);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.body.toString('utf8')).toContain('Too many requests');
    const second = await post(TRANSPARENCY, capture.requestBody);
    expect(second.status).toBe(201);
    expect(sha256(second.body)).toBe(capture.sha256);
  });

  it('checks the newest rule first, honours match and delayMs, and clears rules', async () => {
    replica.setResponse({ path: /\/evaluation\//, status: 500, body: '{"code":"ERROR"}' });
    replica.setResponse({
      path: TRANSPARENCY,
      match: (body) => (body as { month?: number }).month === 9,
      status: 201,
      body: Buffer.from('{"code":"OK","data":{}}'),
      delayMs: 150,
    });
    const started = Date.now();
    const september = await post(TRANSPARENCY, { month: 9 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(september.status).toBe(201);
    expect(september.headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await post(TRANSPARENCY, { month: 10 })).status).toBe(500);
    replica.clearResponses();
    expect((await post(TRANSPARENCY, { month: 10 })).status).toBe(404);
  });

  it('records every API request with its time, parsed body and status', async () => {
    const before = Date.now();
    await post(TRANSPARENCY, { b: 1, a: [2] });
    await post('/api/v1/reporting/formalities', 'plain text');
    await call('GET', '/danh-gia-chat-luong-phuc-vu');
    const after = Date.now();
    expect(replica.requests).toHaveLength(2);
    const [first, second] = replica.requests;
    expect(first).toMatchObject({ method: 'POST', path: TRANSPARENCY, body: { b: 1, a: [2] } });
    expect(first?.status).toBe(404);
    expect(second).toMatchObject({ path: '/api/v1/reporting/formalities', body: 'plain text' });
    for (const entry of replica.requests) {
      expect(entry.at).toBeGreaterThanOrEqual(before);
      expect(entry.at).toBeLessThanOrEqual(after);
    }
  });
});

describe('replica server: page and certificate', () => {
  it('serves the assessment page and its assets', async () => {
    const page = await call('GET', '/danh-gia-chat-luong-phuc-vu?province=national');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(html).toContain('Đánh giá chất lượng phục vụ người dân, doanh nghiệp');
    expect(html).toContain('/replica-assets/app.js');
    for (const asset of ['app.js', 'request.js', 'render.js', 'provinces.js']) {
      const reply = await call('GET', `/replica-assets/${asset}`);
      expect(reply.status, asset).toBe(200);
      expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
    const css = await call('GET', '/replica-assets/style.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    // A page without an icon makes Chromium log a /favicon.ico 404 as a console error.
    expect(html).toContain('/replica-assets/favicon.svg');
    const icon = await call('GET', '/replica-assets/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it('redirects / to the page and keeps the query', async () => {
    const reply = await call('GET', '/?province=national');
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe('/danh-gia-chat-luong-phuc-vu?province=national');
  });

  it('presents a certificate for dichvucong.gov.vn', async () => {
    const { peerCertificate } = await call('GET', '/danh-gia-chat-luong-phuc-vu');
    expect(peerCertificate.subject.CN).toBe('dichvucong.gov.vn');
    expect(peerCertificate.subjectaltname).toContain('DNS:dichvucong.gov.vn');
  });
});
