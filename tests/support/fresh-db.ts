import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ChisoDatabase } from '../../lib/db/database';

/** A database on its own in-memory IndexedDB, so tests never see each other's data. */
export function freshDatabase(name = 'chiso766-test'): ChisoDatabase {
  return new ChisoDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
