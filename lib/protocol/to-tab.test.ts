import { describe, expect, it } from 'vitest';
import { readToTab } from './read-to-tab';
import { MAX_BODY_CHARS, MAX_ENDPOINT_CHARS, portalFetchReplySchema, toTabSchema } from './to-tab';

const FETCH = { type: 'portal:fetch', endpoint: 'evaluation/transparency', body: '{}' };

/** Valid messages, and every way we could think of to get one wrong. */
const CORPUS: unknown[] = [
  FETCH,
  { ...FETCH, extra: 'dropped' },
  { type: 'drawer:toggle' },
  { type: 'drawer:toggle', open: true },
  { type: 'event:annotations-changed' },
  { type: 'event:annotations', ticket: 3, annotations: null },
  { type: 'event:annotations', ticket: 3, annotations: { snapshotKey: 'k', units: [] } },
  { type: 'event:annotations', ticket: 0, annotations: null, extra: 1 },
  { type: 'event:annotations', ticket: -1, annotations: null },
  { type: 'event:annotations', ticket: 1.5, annotations: null },
  { type: 'event:annotations', ticket: '3', annotations: null },
  { type: 'event:annotations', ticket: 3 },
  { type: 'event:annotations', ticket: 3, annotations: [] },
  { type: 'event:annotations', ticket: 3, annotations: 'x' },
  { type: 'portal:fetch', url: 'https://x/api', body: '{}' },
  { type: 'portal:fetch', endpoint: 'x' },
  { type: 'portal:fetch', endpoint: 7, body: '{}' },
  { ...FETCH, endpoint: 'x'.repeat(MAX_ENDPOINT_CHARS) },
  { ...FETCH, endpoint: 'x'.repeat(MAX_ENDPOINT_CHARS + 1) },
  { ...FETCH, body: 'b'.repeat(MAX_BODY_CHARS) },
  { ...FETCH, body: 'b'.repeat(MAX_BODY_CHARS + 1) },
  { type: 'portal:delete' },
  { type: ['drawer:toggle'] },
  { type: null },
  {},
  [],
  null,
  undefined,
  'drawer:toggle',
  42,
];

describe('messages to a portal tab', () => {
  it.each(CORPUS.map((message, i) => [i, message] as const))(
    'case %i: the bridge reads exactly what the schema accepts',
    (_i, message) => {
      const parsed = toTabSchema.safeParse(message);
      expect(readToTab(message)).toEqual(parsed.success ? parsed.data : null);
    },
  );

  it('accept each kind of message and refuse the old URL form', () => {
    expect(readToTab(FETCH)).toEqual(FETCH);
    expect(readToTab({ type: 'drawer:toggle' })).toEqual({ type: 'drawer:toggle' });
    expect(readToTab({ type: 'portal:fetch', url: 'https://x/api', body: '{}' })).toBeNull();
  });

  it('check what the tab answers to a fetch', () => {
    const ok = { ok: true, status: 201, contentType: null, responseText: '{}', observedAt: 'x' };
    expect(portalFetchReplySchema.safeParse(ok).success).toBe(true);
    const failed = { ok: false, error: 'e', timeout: true };
    expect(portalFetchReplySchema.safeParse(failed).success).toBe(true);
    expect(portalFetchReplySchema.safeParse({ ok: true, status: '201' }).success).toBe(false);
    expect(portalFetchReplySchema.safeParse(undefined).success).toBe(false);
  });
});
