import { expect, it } from 'vitest';

it('probe', async () => {
  const r = new Response('hello', { status: 201, headers: { 'content-type': 'text/plain' } });
  console.log(
    'Response is',
    Response.name,
    String(Response).slice(0, 60),
    r.constructor === Response,
  );
  console.log(
    'globalThis.Response === window.Response',
    globalThis.Response === (window as any).Response,
  );
  const c = r.clone();
  console.log(await c.text(), await r.text());
  const e = await r.text().catch((x) => x);
  console.log('second read', e, e?.constructor?.name, e instanceof TypeError);
  const r2 = new Response('x');
  await r2.text();
  let ce: unknown;
  try {
    r2.clone();
  } catch (x) {
    ce = x;
  }
  console.log('clone after use', ce);
  const req = new Request('https://a.b/c', { method: 'POST', body: 'abc' });
  const rc = req.clone();
  console.log(req.bodyUsed, await rc.text(), req.bodyUsed);
  const me = new MessageEvent('message', {
    data: { a: 1 },
    origin: 'https://x',
    source: window as any,
  });
  console.log('me.source===window', me.source === window, me.origin);
  const fake = { location: { origin: 'x' } };
  const me2 = new MessageEvent('message', { data: 1, source: fake as any });
  console.log('fake source kept', me2.source === fake);
  const ac = new AbortController();
  ac.abort();
  console.log('reason', ac.signal.reason, ac.signal.reason?.name, typeof DOMException);
  class X extends EventTarget {}
  const x = new X();
  const seen: string[] = [];
  x.addEventListener('load', (ev) => seen.push(ev.type + (ev.target === x)));
  x.dispatchEvent(new Event('load'));
  console.log(seen, typeof ProgressEvent);
  expect(1).toBe(1);
});
