import { describe, expect, it } from 'vitest';
import {
  nationalSummary,
  numbersAsStrings,
  REQUEST_REJECTED_HTML,
  renamedField,
  truncated,
  wrongType,
} from '../../tests/support/fault-bodies';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { listFlaggedCaptures } from '../db/flagged-captures';
import { listSnapshots } from '../db/snapshots';
import { flagAdviceText, flagReasonText } from '../i18n/flag-words';
import { FLAG_CODES, type FlagCode, flagCodeOf } from '../model/flag-code';
import { tabViewOf } from '../views/tab-view';
import { ingestObservedCall } from './ingest';
import { renormalizeCaptures } from './renormalize';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
const TRANSPARENCY = 'phu-tho-2026-08/transparency.json';
const GIA_LAI_SUMMARY = 'gia-lai-2026-02/service-results.json';
const JSON_TYPE = 'application/json; charset=utf-8';
const LATER = '2026-09-27T02:00:00.000Z';

const FAULTS: [string, string, Record<string, unknown>, FlagCode][] = [
  [
    'Request Rejected page, 200',
    TRANSPARENCY,
    { status: 200, contentType: 'text/html', responseText: REQUEST_REJECTED_HTML },
    'html',
  ],
  [
    'Request Rejected page sent as JSON',
    TRANSPARENCY,
    { status: 200, responseText: REQUEST_REJECTED_HTML },
    'html',
  ],
  [
    '403',
    TRANSPARENCY,
    { status: 403, contentType: 'text/html', responseText: REQUEST_REJECTED_HTML },
    'forbidden',
  ],
  [
    '429',
    TRANSPARENCY,
    { status: 429, responseText: '{"code":"TOO_MANY_REQUESTS"}' },
    'rate-limited',
  ],
  ['500', TRANSPARENCY, { status: 500, responseText: '{"code":"INTERNAL_ERROR"}' }, 'server-error'],
  [
    '404 for a period with no data',
    TRANSPARENCY,
    { status: 404, responseText: '{"code":"NOT_FOUND","data":null}' },
    'not-found',
  ],
  ['truncated JSON', TRANSPARENCY, { responseText: truncated(TRANSPARENCY) }, 'not-json'],
  [
    'wrong content type',
    TRANSPARENCY,
    { contentType: 'text/plain; charset=utf-8', responseText: wrongType(TRANSPARENCY) },
    'wrong-type',
  ],
  ['a renamed field', TRANSPARENCY, { responseText: renamedField(TRANSPARENCY) }, 'schema'],
  ['numbers as strings', TRANSPARENCY, { responseText: numbersAsStrings(TRANSPARENCY) }, 'schema'],
  [
    'the national summary for a province',
    GIA_LAI_SUMMARY,
    { responseText: nationalSummary() },
    'mismatch',
  ],
];

describe('flag codes of the portal’s failure modes', () => {
  it.each(FAULTS)(
    '%s → a code, the view it was for, and the good snapshot kept',
    async (_name, file, fault, code) => {
      const db = freshDatabase();
      const good = await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
      expect(good.state).toBe('ok');
      const before = await listSnapshots(db);

      const call = observedFixture(file, { contentType: JSON_TYPE, observedAt: LATER, ...fault });
      const outcome = await ingestObservedCall(db, call, PORTAL_PAGE);
      expect(outcome.state).toBe('flagged');
      expect(outcome.reasonCode).toBe(code);
      // The refused answer still names the view the page asked for, and the snapshot it
      // would have joined, which keeps showing the good capture.
      const view = tabViewOf(outcome.view, 3);
      expect(view?.flag).toBe(code);
      expect(view?.rootUnitId).toBe(file === TRANSPARENCY ? PHU_THO : GIA_LAI);
      expect(view?.snapshotKey).toBe(good.snapshotKey);
      expect(await listSnapshots(db)).toEqual(before);
      expect(await db.observations.where('captureId').equals(outcome.id).count()).toBe(0);

      const flagged = await listFlaggedCaptures(db, 10);
      expect(flagged.total).toBe(1);
      expect(flagged.items[0]).toMatchObject({
        id: outcome.id,
        code,
        periodKey: file === TRANSPARENCY ? '2026-08' : '2026-02',
        keptObservedAt: good.view.observedAt,
      });
    },
  );

  it('records a response too large to keep as such, for the view it was for', async () => {
    const db = freshDatabase();
    const call = observedFixture(TRANSPARENCY, { responseText: '', oversizeChars: 10_485_760 });
    const outcome = await ingestObservedCall(db, call, PORTAL_PAGE);
    expect(outcome).toMatchObject({ state: 'flagged', reasonCode: 'too-large' });
    expect(tabViewOf(outcome.view, 1)?.periodKey).toBe('2026-08');
    // Parsed again (after an upgrade), it stays what it was, not an "empty answer".
    await renormalizeCaptures(db, { all: true });
    expect((await db.captures.get(outcome.id))?.reasonCode).toBe('too-large');
  });

  it('without a good capture, the flagged one says nothing is kept', async () => {
    const db = freshDatabase();
    const call = observedFixture(TRANSPARENCY, {
      status: 404,
      responseText: '{"code":"NOT_FOUND"}',
    });
    await ingestObservedCall(db, call, PORTAL_PAGE);
    const { items } = await listFlaggedCaptures(db, 10);
    expect(items[0]).toMatchObject({ code: 'not-found', keptObservedAt: null, rootName: null });
  });

  it('reads captures flagged before codes existed from their status and type', () => {
    const old = { status: 200, contentType: JSON_TYPE };
    expect(flagCodeOf({ ...old, status: 429 })).toBe('rate-limited');
    expect(flagCodeOf({ ...old, status: 404 })).toBe('not-found');
    expect(flagCodeOf({ ...old, status: 0 })).toBe('network');
    expect(flagCodeOf({ ...old, contentType: 'text/html' })).toBe('html');
    expect(flagCodeOf(old)).toBe('unexpected');
    expect(flagCodeOf({ ...old, reasonCode: 'schema' })).toBe('schema');
    expect(flagCodeOf({ ...old, reasonCode: 'made-up' })).toBe('unexpected');
  });

  it('words every code in both languages, with what to do, and no technical text', () => {
    for (const code of FLAG_CODES) {
      const vi = flagReasonText(code, 'vi');
      const en = flagReasonText(code, 'en');
      expect(vi).not.toBe(en);
      expect(vi).not.toMatch(/expected|received|data\.|\{/);
      expect(flagAdviceText(code, 'vi')).not.toBe(flagAdviceText(code, 'en'));
    }
  });
});
