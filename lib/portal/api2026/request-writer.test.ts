import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCaptures } from '../../../tests/support/fixtures';
import { endpointFromUrl } from './endpoints';
import { readRequest } from './request';
import { groupRequest, writeRequestBody } from './request-writer';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const AUGUST = { type: 'month', year: 2026, number: 8 } as const;
const DERIVED = JSON.parse(
  readFileSync('tests/fixtures/portal-2026-derived/captures.json', 'utf8'),
) as { captures: { url: string; requestBody: unknown; capturedAt: string }[] };

describe('request bodies, written and read back', () => {
  const every = [...fixtureCaptures(), ...DERIVED.captures];

  it.each(every.map((c) => [new URL(c.url).pathname, c] as const))(
    '%s: reading the captured body and writing it again gives the same bytes',
    (_path, capture) => {
      const endpoint = endpointFromUrl(capture.url);
      if (!endpoint) throw new Error(`no endpoint for ${capture.url}`);
      const sent = JSON.stringify(capture.requestBody);
      const { context, currentPage } = readRequest(
        endpoint,
        sent,
        new Date(capture.capturedAt ?? '2026-09-27T00:00:00Z'),
      );
      const written = writeRequestBody(endpoint, {
        rootUnitId: context.rootUnitId,
        period: context.period,
        scope: context.scope,
        currentPage,
      });
      expect(written).toBe(sent);
    },
  );

  it('covers every capture of both fixture sets', () => {
    expect(every.length).toBe(fixtureCaptures().length + 6);
    expect(new Set(every.map((c) => endpointFromUrl(c.url))).size).toBe(8);
  });

  it('write quarters, years and the TTHC filter as the portal does', () => {
    const quarter = { type: 'quarter', year: 2026, number: 3 } as const;
    const target = { rootUnitId: PHU_THO, period: quarter, scope: 'all' } as const;
    expect(JSON.parse(groupRequest('CKMB', target)?.body ?? '')).toMatchObject({
      timeType: 'quarter',
      year: 2026,
      quarter: 3,
    });
    expect(JSON.parse(groupRequest('MDHL', target)?.body ?? '')).toMatchObject({
      fromDate: '2026-07-01',
      toDate: '2026-09-30',
    });
    const tthc = { rootUnitId: PHU_THO, period: AUGUST, scope: 'formality:abc' } as const;
    expect(JSON.parse(groupRequest('MDSH', tthc)?.body ?? '')).toMatchObject({
      formalityID: 'abc',
    });
    expect(JSON.parse(groupRequest('CKMB', tthc)?.body ?? '')).toMatchObject({
      formalityId: 'abc',
    });
    // The portal has no such requests: satisfaction by TTHC, group tables of the nation.
    expect(groupRequest('MDHL', tthc)).toBeNull();
    expect(groupRequest('CKMB', { rootUnitId: 'NATION', period: AUGUST, scope: 'all' })).toBeNull();
    expect(groupRequest('CKMB', { rootUnitId: null, period: AUGUST, scope: 'all' })).toBeNull();
  });
});
