import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { ingestObservedCall } from './ingest';

const parses = vi.hoisted(() => ({ count: 0 }));

vi.mock('../portal', async (original) => {
  const portal = await original<typeof import('../portal')>();
  return {
    ...portal,
    parseCapture: (...args: Parameters<typeof portal.parseCapture>) => {
      parses.count++;
      return portal.parseCapture(...args);
    },
  };
});

describe('an answer seen before', () => {
  it('is recognised by its hash and not parsed again', async () => {
    const db = freshDatabase('duplicate-not-parsed');
    const call = observedFixture('phu-tho-2026-08/dossier-digitized.json');
    const first = await ingestObservedCall(db, call, PORTAL_PAGE);
    expect(parses.count).toBe(1);
    const again = await ingestObservedCall(
      db,
      { ...call, observedAt: '2026-09-27T01:00:00.000Z' },
      PORTAL_PAGE,
    );
    expect(again).toMatchObject({ id: first.id, duplicate: true, state: 'ok' });
    expect(parses.count).toBe(1);
    // Another request with the same bytes is another capture, and is parsed.
    await ingestObservedCall(db, { ...call, requestBody: `${call.requestBody} ` }, PORTAL_PAGE);
    expect(parses.count).toBe(2);
    // The same bytes under another status or type are another answer, judged anew.
    const forbidden = await ingestObservedCall(db, { ...call, status: 403 }, PORTAL_PAGE);
    expect(forbidden).toMatchObject({
      duplicate: false,
      state: 'flagged',
      reasonCode: 'forbidden',
    });
    const plain = await ingestObservedCall(db, { ...call, contentType: 'text/plain' }, PORTAL_PAGE);
    expect(plain).toMatchObject({ duplicate: false, state: 'flagged', reasonCode: 'wrong-type' });
    expect(parses.count).toBe(4);
  });
});
