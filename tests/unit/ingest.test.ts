import { beforeEach, describe, expect, it } from 'vitest';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ChisoDatabase } from '../../lib/db/database';
import { listSnapshots, observationsOf } from '../../lib/db/snapshots';
import { fixtureText } from '../support/fixtures';
import { freshDatabase } from '../support/fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../support/observed';

const TRANSPARENCY = 'phu-tho-2026-08/transparency.json';
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

describe('ingesting observed calls', () => {
  let db: ChisoDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('turns the six real Phú Thọ responses into six snapshots with units and observations', async () => {
    for (const file of PHU_THO_FILES) {
      const outcome = await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
      expect(outcome, file).toMatchObject({ state: 'ok', duplicate: false, reason: null });
    }
    const snapshots = await listSnapshots(db);
    expect(snapshots.map((s) => s.key).sort()).toEqual(
      [
        'dossier-digitized',
        'dvc-progress-tree',
        'formality-online-payment-tree',
        'handling-satisfaction',
        'provide-online-tree',
        'transparency',
      ].map((e) => `evaluation/${e}|${PHU_THO}|2026-08|all`),
    );
    expect(snapshots.every((s) => s.latest.periodClosed === true)).toBe(true);
    expect(await db.units.count()).toBe(164);
    const root = await db.units.get(PHU_THO);
    expect(root).toMatchObject({ name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE', code: 'H44' });
    const transparency = snapshots.find((s) => s.key.startsWith('evaluation/transparency'));
    const rows = await observationsOf(db, transparency?.latest.id ?? -1);
    const rootTotal = rows.find((o) => o.unitId === PHU_THO && o.criterion === null);
    expect(rootTotal).toMatchObject({ group: 'CKMB', score: 7.96, maxScore: 18, ratio: 44.22 });
    const publish = rows.find((o) => o.unitId === PHU_THO && o.criterion === 'PUBLISH_ON_TIME');
    expect(publish).toMatchObject({ score: null, ratio: null, numerator: 0, denominator: 0 });
  });

  it('stores identical bytes for the same request once and counts the sighting', async () => {
    const first = await ingestObservedCall(db, observedFixture(TRANSPARENCY), PORTAL_PAGE);
    const again = await ingestObservedCall(
      db,
      observedFixture(TRANSPARENCY, { observedAt: '2026-09-27T02:00:00.000Z' }),
      PORTAL_PAGE,
    );
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    expect(await db.captures.count()).toBe(1);
    expect(await db.payloads.count()).toBe(1);
    expect(await db.captures.get(first.id)).toMatchObject({
      seenCount: 2,
      lastSeenAt: '2026-09-27T02:00:00.000Z',
    });
  });

  it('keeps older captures of the same snapshot as revisions; the newest good one wins', async () => {
    const older = await ingestObservedCall(db, observedFixture(TRANSPARENCY), PORTAL_PAGE);
    const revised = fixtureText(TRANSPARENCY).replace('"totalScore":7.96', '"totalScore":8.12');
    const newer = await ingestObservedCall(
      db,
      observedFixture(TRANSPARENCY, {
        responseText: revised,
        observedAt: '2026-10-02T01:00:00.000Z',
      }),
      PORTAL_PAGE,
    );
    expect(newer.state).toBe('ok');
    const [snapshot] = await listSnapshots(db);
    expect(snapshot).toMatchObject({ revisions: 2, latest: { id: newer.id } });
    expect(await db.captures.get(older.id)).toMatchObject({ state: 'ok' });
    const rows = await observationsOf(db, newer.id);
    expect(rows.find((o) => o.unitId === PHU_THO && o.criterion === null)?.score).toBe(8.12);
  });

  it.each([
    [
      'an HTML rejection page',
      { status: 403, contentType: 'text/html', responseText: '<html>Request Rejected</html>' },
    ],
    [
      'a 429',
      {
        status: 429,
        contentType: 'application/json',
        responseText: '{"message":"Too Many Requests"}',
      },
    ],
    ['truncated JSON', { responseText: fixtureText(TRANSPARENCY).slice(0, 5000) }],
    [
      'a wrong type',
      {
        responseText: fixtureText(TRANSPARENCY).replace('"totalScore":7.96', '"totalScore":"7,96"'),
      },
    ],
  ])('keeps %s raw and flagged, never replacing the good snapshot', async (_name, bad) => {
    const good = await ingestObservedCall(db, observedFixture(TRANSPARENCY), PORTAL_PAGE);
    const before = await db.observations.count();
    const flagged = await ingestObservedCall(
      db,
      observedFixture(TRANSPARENCY, { ...bad, observedAt: '2026-10-05T00:00:00.000Z' }),
      PORTAL_PAGE,
    );
    expect(flagged.state).toBe('flagged');
    expect(flagged.reason).toMatch(/transparency/);
    expect(flagged.snapshotKey).toBeNull();
    const [snapshot] = await listSnapshots(db);
    expect(snapshot?.latest.id).toBe(good.id);
    expect(await db.observations.count()).toBe(before);
    expect((await db.payloads.get(flagged.id))?.responseText).toBe(bad.responseText);
  });

  it('never stores a national response as the province the page had selected', async () => {
    const national = observedFixture('national-2026/service-results.json', {
      requestBody: JSON.stringify({ timeType: 'year', year: 2026, rootDepartmentId: PHU_THO }),
    });
    const outcome = await ingestObservedCall(db, national, PORTAL_PAGE);
    expect(outcome.state).toBe('flagged');
    expect(outcome.reason).toMatch(/Cả nước|root|gốc/i);
    expect(await listSnapshots(db)).toEqual([]);
    expect(await db.observations.where('unitId').equals(PHU_THO).count()).toBe(0);
  });
});

describe('national summary', () => {
  it('is stored under the nation, with one TOTAL and six group rows per province', async () => {
    const db = freshDatabase('national');
    const outcome = await ingestObservedCall(
      db,
      observedFixture('national-2026/service-results.json'),
      PORTAL_PAGE,
    );
    expect(outcome).toMatchObject({
      state: 'ok',
      snapshotKey: 'evaluation/service-results|NATION|2026|all',
    });
    const rows = await observationsOf(db, outcome.id);
    const dongThap = rows.filter((o) => o.unitCode === 'H20');
    expect(dongThap.map((o) => [o.group, o.score])).toEqual([
      ['TOTAL', 68.32],
      ['CKMB', 11.45],
      ['TDGQ', 17.72],
      ['CLGQ', 8.83],
      ['TTTT', 6.22],
      ['MDHL', 14.45],
      ['MDSH', 9.65],
    ]);
    expect(await db.units.get('NATION')).toMatchObject({ kind: 'NATION', name: 'Cả nước' });
    // The national summary covers the open year 2026 on 17/09/2026: provisional.
    expect((await db.captures.get(outcome.id))?.periodClosed).toBe(false);
  });
});
