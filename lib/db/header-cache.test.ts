import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../../tests/support/observed';
import { ingestObservedCall } from '../capture/ingest';
import { ChisoDatabase } from './database';
import { importBatches, writeImportBatch } from './imports';
import { rootCaptures } from './snapshot-heads';
import { listSnapshots } from './snapshots';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const [FIRST = '', SECOND = '', THIRD = ''] = PHU_THO_FILES;

function twoHandles(name: string): [ChisoDatabase, ChisoDatabase] {
  const indexedDB = new IDBFactory();
  return [
    new ChisoDatabase(name, { indexedDB, IDBKeyRange }),
    new ChisoDatabase(name, { indexedDB, IDBKeyRange }),
  ];
}

const keys = async (db: ChisoDatabase) => (await listSnapshots(db)).map((h) => h.key);

describe('capture headers read once per change', () => {
  it('serves the same read until the captures change, then reads again', async () => {
    const [db] = twoHandles('cache-same');
    await ingestObservedCall(db, observedFixture(FIRST), PORTAL_PAGE);
    const first = await listSnapshots(db);
    expect(await listSnapshots(db)).toBe(first);
    const root = await rootCaptures(db, PHU_THO);
    expect(await rootCaptures(db, PHU_THO)).toBe(root);

    await ingestObservedCall(db, observedFixture(SECOND), PORTAL_PAGE);
    const second = await listSnapshots(db);
    expect(second).not.toBe(first);
    expect(second).toHaveLength(first.length + 1);
    expect((await rootCaptures(db, PHU_THO)).heads).toHaveLength(root.heads.length + 1);

    await db.captures.clear();
    expect(await listSnapshots(db)).toEqual([]);
    expect((await rootCaptures(db, PHU_THO)).heads).toEqual([]);
  });

  it('sees what another handle on the same database wrote', async () => {
    const [reader, writer] = twoHandles('cache-two');
    await ingestObservedCall(writer, observedFixture(FIRST), PORTAL_PAGE);
    expect(await keys(reader)).toHaveLength(1);
    await ingestObservedCall(writer, observedFixture(SECOND), PORTAL_PAGE);
    expect(await keys(reader)).toHaveLength(2);
    const batch = await writeImportBatch(writer, {
      rawText: 'a,b\n1,2',
      fileName: 'x.csv',
      format: 'long-csv',
      rows: [],
      now: new Date('2026-10-01T00:00:00Z'),
    });
    expect((await importBatches(reader)).map((b) => b.id)).toEqual([batch.batchId]);
  });

  it('never keeps what a transaction read before it committed or after it failed', async () => {
    const [db] = twoHandles('cache-transaction');
    await ingestObservedCall(db, observedFixture(FIRST), PORTAL_PAGE);
    const before = await keys(db);
    const third = await ingestObservedCall(db, observedFixture(THIRD), PORTAL_PAGE);
    const capture = await db.captures.get(third.id);
    await db.captures.delete(third.id);
    expect(await keys(db)).toEqual(before);

    const failed = db.transaction('rw', db.captures, async () => {
      await db.captures.put({ ...(capture as NonNullable<typeof capture>) });
      // Inside, the uncommitted capture is seen, as a read of the table would see it.
      expect(await keys(db)).toHaveLength(before.length + 1);
      throw new Error('stop');
    });
    await expect(failed).rejects.toThrow('stop');
    expect(await keys(db)).toEqual(before);
  });
});
