import { describe, expect, it, vi } from 'vitest';
import { portalFetch } from './portal-fetch';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const URL_OK = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency';

describe('portalFetch', () => {
  it('POSTs the exact body as JSON and returns the raw answer', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('{"code":"OK"}', {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const reply = await portalFetch(
      { type: 'portal:fetch', endpoint: 'evaluation/transparency', body: '{"a":1}' },
      PAGE,
      fetchImpl,
    );
    expect(reply).toMatchObject({ ok: true, status: 201, responseText: '{"code":"OK"}' });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(URL_OK);
    expect(init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'same-origin' });
  });

  it('refuses anything but the reporting API of the page origin', async () => {
    const fetchImpl = vi.fn();
    for (const endpoint of ['../auth', '../../../auth/login', '%2e%2e/auth']) {
      const reply = await portalFetch(
        { type: 'portal:fetch', endpoint, body: '{}' },
        PAGE,
        fetchImpl,
      );
      expect(reply.ok).toBe(false);
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports network errors and timeouts instead of throwing', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(
      await portalFetch(
        { type: 'portal:fetch', endpoint: 'evaluation/transparency', body: '{}' },
        PAGE,
        failing,
      ),
    ).toMatchObject({
      ok: false,
      timeout: false,
    });
    const hanging = vi.fn(
      (_: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect(
      await portalFetch(
        { type: 'portal:fetch', endpoint: 'evaluation/transparency', body: '{}' },
        PAGE,
        hanging as typeof fetch,
        10,
      ),
    ).toMatchObject({ ok: false, timeout: true });
  });
});
