import { Dexie, type ObservabilitySet } from 'dexie';
import type { ChisoDatabase } from './database';

/**
 * Reads of capture headers (snapshot heads, import batches) kept in memory until the
 * `captures` table changes (#11): a trend or a view asked again and again reads them once per
 * change of the data instead of on every request. Dexie announces every committed change
 * (`storagemutated`, also from other pages of the extension through its BroadcastChannel), so
 * nothing that writes has to remember to invalidate.
 */

/** What each key read, until the next change of the captures. */
type DatabaseCache = Map<string, Promise<unknown>>;

const caches = new Map<string, Set<DatabaseCache>>();
const ofDatabase = new WeakMap<ChisoDatabase, DatabaseCache>();

function touches(parts: ObservabilitySet, name: string): boolean {
  if ('all' in parts) return true;
  const prefix = `idb://${name}/captures/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix));
}

// Any database of that name is dropped: tests open several on separate fake IndexedDBs, and
// reading one again costs less than serving a stale one.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const [name, set] of caches) {
    if (!touches(parts, name)) continue;
    // A read still on its way when the change landed is dropped with the rest: the next
    // caller reads again.
    for (const cache of set) cache.clear();
  }
});

function cacheOf(db: ChisoDatabase): DatabaseCache {
  let cache = ofDatabase.get(db);
  if (!cache) {
    cache = new Map();
    ofDatabase.set(db, cache);
    const set = caches.get(db.name) ?? new Set();
    set.add(cache);
    caches.set(db.name, set);
  }
  return cache;
}

/**
 * `read()` once per change of the captures, shared by every caller until the next change. The
 * value is shared too: callers must not modify it. Inside a transaction the read goes straight
 * to the database: it may see writes that are not committed yet.
 */
export function cachedRead<T>(db: ChisoDatabase, key: string, read: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction) return read();
  const cache = cacheOf(db);
  const hit = cache.get(key);
  if (hit) return hit as Promise<T>;
  const value = read();
  cache.set(key, value);
  value.catch(() => {
    if (cache.get(key) === value) cache.delete(key);
  });
  return value;
}
