import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { renormalizeCaptures } from '../../lib/capture/renormalize';
import { ChisoDatabase } from '../../lib/db/database';
import { listSnapshots } from '../../lib/db/snapshots';
import { PARSER_VERSION } from '../../lib/portal/api2026';
import { sha256OfFile } from '../support/fixtures';
import { observedFixture, PORTAL_PAGE } from '../support/observed';

const TRANSPARENCY = 'phu-tho-2026-08/transparency.json';

/** Writes a database exactly as version 1 (0.1.0) of the extension did. */
async function writeVersion1(indexedDB: IDBFactory, name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores({ captures: '++id, endpoint, observedAt, sha256', payloads: 'captureId' });
  const call = observedFixture(TRANSPARENCY);
  const id = await v1.table('captures').add({
    endpoint: 'evaluation/transparency',
    url: call.url,
    method: call.method,
    requestBody: call.requestBody,
    status: call.status,
    contentType: call.contentType,
    observedAt: call.observedAt,
    storedAt: '2026-09-27T00:00:00.000Z',
    pageUrl: PORTAL_PAGE,
    sha256: sha256OfFile(TRANSPARENCY),
    bytes: 178025,
  });
  await v1.table('payloads').add({ captureId: id, responseText: call.responseText });
  v1.close();
}

describe('database migrations', () => {
  it('upgrades a version-1 database and re-normalises its raw captures', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB, 'chiso766-migration');

    const db = new ChisoDatabase('chiso766-migration', { indexedDB, IDBKeyRange });
    const upgraded = await db.captures.toArray();
    expect(db.verno).toBe(4);
    expect(upgraded).toHaveLength(1);
    expect(upgraded[0]).toMatchObject({
      state: 'pending',
      parserVersion: 0,
      seenCount: 1,
      lastSeenAt: upgraded[0]?.observedAt,
      sha256: sha256OfFile(TRANSPARENCY),
    });
    expect(await listSnapshots(db)).toEqual([]);

    const report = await renormalizeCaptures(db);
    expect(report).toEqual({ processed: 1, ok: 1, flagged: 0 });
    const [capture] = await db.captures.toArray();
    expect(capture).toMatchObject({
      state: 'ok',
      parserVersion: PARSER_VERSION,
      periodKey: '2026-08',
      subject: 'CKMB',
    });
    expect(await listSnapshots(db)).toHaveLength(1);
    expect(await db.observations.count()).toBeGreaterThan(164);
    expect((await db.payloads.get(capture?.id ?? -1))?.responseText).toBe(
      observedFixture(TRANSPARENCY).responseText,
    );

    // Once current, a start-up pass has nothing left to do.
    expect(await renormalizeCaptures(db)).toEqual({ processed: 0, ok: 0, flagged: 0 });
    db.close();
  });

  it('re-normalises captures written by an older parser, replacing their observations', async () => {
    const indexedDB = new IDBFactory();
    const db = new ChisoDatabase('chiso766-parser', { indexedDB, IDBKeyRange });
    const { ingestObservedCall } = await import('../../lib/capture/ingest');
    const outcome = await ingestObservedCall(db, observedFixture(TRANSPARENCY), PORTAL_PAGE);
    const count = await db.observations.count();
    await db.captures.update(outcome.id, { parserVersion: PARSER_VERSION - 1 });
    await db.observations.where('captureId').equals(outcome.id).modify({ score: -1 });
    expect(await renormalizeCaptures(db)).toEqual({ processed: 1, ok: 1, flagged: 0 });
    expect(await db.observations.count()).toBe(count);
    expect(await db.observations.filter((o) => o.score === -1).count()).toBe(0);
    db.close();
  });

  it('upgrades a version-2 database: every capture says what it is about', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new Dexie('chiso766-v2', { indexedDB, IDBKeyRange });
    v2.version(2).stores({
      captures:
        '++id, endpoint, observedAt, sha256, state, parserVersion, [snapshotKey+observedAt]',
      payloads: 'captureId',
      units: 'id, code, parentId',
      observations: '++id, captureId, unitId',
    });
    const call = observedFixture(TRANSPARENCY);
    const base = {
      url: call.url,
      method: 'POST',
      requestBody: call.requestBody,
      status: 201,
      contentType: 'application/json',
      observedAt: call.observedAt,
      storedAt: '2026-09-27T00:00:00.000Z',
      pageUrl: PORTAL_PAGE,
      sha256: sha256OfFile(TRANSPARENCY),
      bytes: 178025,
      reason: null,
      parserVersion: PARSER_VERSION,
      periodKey: '2026-08',
      periodType: 'month',
      periodClosed: true,
      rootUnitId: '019d2be3-6a88-732b-8b17-b68020c8553a',
      scope: 'all',
      warnings: [],
      seenCount: 1,
      lastSeenAt: call.observedAt,
    };
    const key = 'evaluation/transparency|019d2be3-6a88-732b-8b17-b68020c8553a|2026-08|all';
    await v2.table('captures').bulkAdd([
      { ...base, endpoint: 'evaluation/transparency', state: 'ok', snapshotKey: key },
      { ...base, endpoint: 'evaluation/service-results', state: 'flagged' },
      { ...base, endpoint: 'formalities', state: 'ok' },
      { ...base, endpoint: '/jsp/rest.jsp', state: 'flagged' },
    ]);
    v2.close();

    const db = new ChisoDatabase('chiso766-v2', { indexedDB, IDBKeyRange });
    const upgraded = await db.captures.orderBy('id').toArray();
    expect(db.verno).toBe(4);
    expect(upgraded.map((c) => [c.endpoint, c.subject])).toEqual([
      ['evaluation/transparency', 'CKMB'],
      ['evaluation/service-results', 'TOTAL'],
      ['formalities', 'CATALOGUE'],
      ['/jsp/rest.jsp', null],
    ]);
    // Nothing else moved: the snapshot is still the same one.
    expect((await listSnapshots(db)).map((s) => s.key)).toEqual([key]);
    expect(upgraded[0]).toMatchObject({ ...base, snapshotKey: key });
    db.close();
  });
});
