import { describe, expect, it } from 'vitest';
import {
  MAX_REQUEST_CHARS,
  MAX_RESPONSE_CHARS,
  MAX_URL_CHARS,
  type ObservedCall,
  TAP_SOURCE,
  TAP_VERSION,
} from '../capture/observed-call';
import { acceptTapMessage } from './accept-tap-message';

const ORIGIN = 'https://dichvucong.gov.vn';
const win = { location: { origin: ORIGIN } };
const otherWindow = { location: { origin: ORIGIN } };

const CALL: ObservedCall = {
  url: `${ORIGIN}/api/v1/reporting/evaluation/transparency`,
  method: 'POST',
  requestBody: '{"rootDepartmentId":"019d2be3-6a88-732b-8b17-b68020c8553a","year":2026,"month":8}',
  status: 201,
  contentType: 'application/json; charset=utf-8',
  responseText: '{"code":"OK","data":{"overview":{"totalScore":7.96,"totalMaxScore":18}}}',
  observedAt: '2026-09-26T18:14:39.135Z',
};

function envelope(call: unknown = CALL, extra: Record<string, unknown> = {}) {
  return { source: TAP_SOURCE, version: TAP_VERSION, call, ...extra };
}

function message(data: unknown, { source = win as object | null, origin = ORIGIN } = {}) {
  return new MessageEvent('message', { data, origin, source: source as Window | null });
}

function withCall(changes: Record<string, unknown>) {
  return envelope({ ...CALL, ...changes });
}

function without(field: keyof ObservedCall) {
  const { [field]: _dropped, ...rest } = CALL;
  return envelope(rest);
}

describe('acceptTapMessage', () => {
  it.each<[string, unknown]>([
    ['a valid envelope', envelope()],
    ['no request body, no content type', withCall({ requestBody: null, contentType: null })],
    ['status 0', withCall({ status: 0 })],
    ['an empty response', withCall({ responseText: '' })],
    [
      'url at the cap',
      withCall({ url: `${ORIGIN}/${'a'.repeat(MAX_URL_CHARS - ORIGIN.length - 1)}` }),
    ],
    ['request body at the cap', withCall({ requestBody: 'b'.repeat(MAX_REQUEST_CHARS) })],
    ['response at the cap', withCall({ responseText: 'r'.repeat(MAX_RESPONSE_CHARS) })],
  ])('accepts %s', (_name, data) => {
    const expected = (data as { call: ObservedCall }).call;
    const accepted = acceptTapMessage(message(data), win);
    expect(accepted).toEqual(expected);
    expect(accepted).not.toBe(expected);
  });

  it.each<[string, MessageEvent]>([
    ['another window as source', message(envelope(), { source: otherWindow })],
    ['no source window', message(envelope(), { source: null })],
    ['another origin', message(envelope(), { origin: 'https://evil.example' })],
    ['an opaque origin', message(envelope(), { origin: 'null' })],
    ['an http origin', message(envelope(), { origin: 'http://dichvucong.gov.vn' })],
    ['an empty origin', message(envelope(), { origin: '' })],
  ])('rejects %s', (_name, event) => {
    expect(acceptTapMessage(event, win)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['null data', null],
    ['undefined data', undefined],
    ['a string', JSON.stringify(envelope())],
    ['a number', 1],
    ['an array', [envelope()]],
    ['a wrong source tag', envelope(CALL, { source: 'chiso766:tap:evil' })],
    ['no source tag', { version: TAP_VERSION, call: CALL }],
    ['a newer version', envelope(CALL, { version: TAP_VERSION + 1 })],
    ['a version as text', envelope(CALL, { version: String(TAP_VERSION) })],
    ['no call', { source: TAP_SOURCE, version: TAP_VERSION }],
    ['a null call', envelope(null)],
    ['a call as text', envelope(JSON.stringify(CALL))],
    ['a call as array', envelope([CALL])],
    ['no url', without('url')],
    ['no method', without('method')],
    ['no requestBody', without('requestBody')],
    ['no status', without('status')],
    ['no contentType', without('contentType')],
    ['no responseText', without('responseText')],
    ['no observedAt', without('observedAt')],
    ['url as URL object', withCall({ url: new URL(CALL.url) })],
    ['method null', withCall({ method: null })],
    ['requestBody as object', withCall({ requestBody: { year: 2026 } })],
    ['status as text', withCall({ status: '201' })],
    ['status fractional', withCall({ status: 201.5 })],
    ['status negative', withCall({ status: -1 })],
    ['status NaN', withCall({ status: Number.NaN })],
    ['status above 999', withCall({ status: 1000 })],
    ['contentType as number', withCall({ contentType: 1 })],
    ['responseText null', withCall({ responseText: null })],
    ['responseText parsed JSON', withCall({ responseText: { code: 'OK' } })],
    ['observedAt as Date', withCall({ observedAt: new Date() })],
    ['oversize url', withCall({ url: `${ORIGIN}/${'a'.repeat(MAX_URL_CHARS)}` })],
    ['oversize requestBody', withCall({ requestBody: 'b'.repeat(MAX_REQUEST_CHARS + 1) })],
    ['oversize method', withCall({ method: 'P'.repeat(257) })],
    ['oversize contentType', withCall({ contentType: 'x'.repeat(257) })],
    ['oversize observedAt', withCall({ observedAt: '2'.repeat(257) })],
  ])('rejects %s', (_name, data) => {
    expect(acceptTapMessage(message(data), win)).toBeNull();
  });

  it('forwards an oversize response as its length only, so the official is told', () => {
    const data = withCall({ responseText: 'r'.repeat(MAX_RESPONSE_CHARS + 1) });
    expect(acceptTapMessage(message(data), win)).toMatchObject({
      responseText: '',
      oversizeChars: MAX_RESPONSE_CHARS + 1,
    });
  });

  it('strips fields it does not know, in the call and in the envelope', () => {
    const data = envelope(
      { ...CALL, cookie: 'SESSION=secret', headers: { authorization: 'Bearer x' } },
      { pageUrl: 'https://evil.example', type: 'captures:raw' },
    );
    const accepted = acceptTapMessage(message(data), win);
    expect(accepted).toEqual(CALL);
    expect(Object.keys(accepted ?? {}).sort()).toEqual(Object.keys(CALL).sort());
  });

  it('drops a message whose fields throw when read', () => {
    const call = { ...CALL };
    Object.defineProperty(call, 'responseText', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(acceptTapMessage(message(envelope(call)), win)).toBeNull();
  });
});
