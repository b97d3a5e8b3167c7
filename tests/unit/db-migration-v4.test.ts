import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { ChisoDatabase } from '../../lib/db/database';
import { rootCaptures } from '../../lib/db/snapshot-heads';
import { latestSnapshotsWithObservations, listSnapshots } from '../../lib/db/snapshots';
import { unitSnapshots } from '../../lib/db/unit-snapshots';
import { unitTrend } from '../../lib/trend/unit-trend';
import { SETTINGS } from '../support/compare-fixtures';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../support/observed';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const FILES = [...PHU_THO_FILES, 'national-2026/service-results.json'];
const TABLES = ['captures', 'payloads', 'units', 'observations'] as const;

/** Version 3's schema, as the extension declared it before version 4. */
function version3(name: string, indexedDB: IDBFactory): Dexie {
  const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
  v3.version(3).stores({
    captures: '++id, endpoint, observedAt, sha256, state, parserVersion, [snapshotKey+observedAt]',
    payloads: 'captureId',
    units: 'id, code, parentId',
    observations: '++id, captureId, unitId',
  });
  return v3;
}

/** Real rows: the fixtures stored by the extension's own ingest, every table as it wrote them. */
async function storedRows(): Promise<Record<(typeof TABLES)[number], unknown[]>> {
  const db = new ChisoDatabase('rows', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const file of FILES) await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
  const flagged = observedFixture('phu-tho-2026-08/transparency.json', { status: 500 });
  await ingestObservedCall(db, { ...flagged, responseText: '<html>lỗi</html>' }, PORTAL_PAGE);
  const [captures, payloads, units, observations] = await Promise.all(
    TABLES.map((t) => db.table(t).toArray()),
  );
  db.close();
  return {
    captures: captures ?? [],
    payloads: payloads ?? [],
    units: units ?? [],
    observations: observations ?? [],
  };
}

describe('database version 4', () => {
  it('upgrades a version-3 database: nothing moves, and one root is found by its index', async () => {
    const rows = await storedRows();
    expect(rows.captures.some((c) => (c as { state: string }).state === 'flagged')).toBe(true);
    const indexedDB = new IDBFactory();
    const v3 = version3('chiso766-v3', indexedDB);
    for (const table of TABLES) await v3.table(table).bulkAdd(rows[table]);
    const snapshotsBefore = await v3.table('captures').orderBy('[snapshotKey+observedAt]').count();
    v3.close();

    const db = new ChisoDatabase('chiso766-v3', { indexedDB, IDBKeyRange });
    for (const table of TABLES) expect(await db.table(table).toArray()).toEqual(rows[table]);
    expect(db.verno).toBe(4);

    const heads = await listSnapshots(db);
    expect(heads).toHaveLength(snapshotsBefore);
    const phuTho = heads.filter((h) => h.latest.rootUnitId === PHU_THO);
    expect(phuTho.length).toBe(PHU_THO_FILES.length);
    // The new index holds that root's snapshots and nothing else (no flagged capture).
    const indexed = await rootCaptures(db, PHU_THO);
    expect(indexed.heads).toEqual(phuTho);
    const everyRoot = db.captures.orderBy('[rootUnitId+snapshotKey+observedAt]');
    expect(await everyRoot.count()).toBe(heads.length);
    expect(await latestSnapshotsWithObservations(db, PHU_THO)).toHaveLength(phuTho.length);

    // A commune's trend from the upgraded database is the one computed from every row.
    const all = await latestSnapshotsWithObservations(db);
    const commune = all
      .find((s) => s.capture.rootUnitId === PHU_THO)
      ?.observations.find((o) => o.unitKind === 'COMMUNE')?.unitId;
    expect(commune).toBeDefined();
    const own = await unitSnapshots(db, commune ?? '');
    expect(own.length).toBe(phuTho.length);
    const trend = unitTrend(own, SETTINGS, commune ?? '', null);
    expect(trend?.points.some((p) => p.value !== null)).toBe(true);
    expect(trend).toEqual(unitTrend(all, SETTINGS, commune ?? '', null));
    db.close();
  }, 60_000);
});
