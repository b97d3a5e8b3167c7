/**
 * In a replica page: one capture's database transaction (the extension's own
 * `writeNewCapture`, through Dexie) against a raw IndexedDB bulk write of the very same rows
 * with `idb`, each into a fresh database with the same stores and indexes.
 */
import { openDB } from 'idb';
import { observationRecords, parsedFields } from '../../../lib/capture/apply-parse';
import { writeNewCapture } from '../../../lib/capture/write-capture';
import { type CaptureRecord, ChisoDatabase } from '../../../lib/db/database';
import type { ParseResult } from '../../../lib/portal';

interface Input {
  header: Omit<CaptureRecord, 'id'>;
  parse: ParseResult & { ok: true };
  responseText: string;
  runs: number;
}

async function fresh(name: string): Promise<ChisoDatabase> {
  const db = new ChisoDatabase(name);
  await db.open();
  return db;
}

async function dexieRun(input: Input, name: string): Promise<number> {
  const db = await fresh(name);
  const start = performance.now();
  await db.transaction('rw', [db.captures, db.payloads, db.observations, db.units], () =>
    writeNewCapture(db, input.header, input.parse, 1, input.responseText),
  );
  const ms = performance.now() - start;
  db.close();
  return ms;
}

async function rawRun(input: Input, name: string): Promise<number> {
  // The same schema, made by Dexie, then written to with plain IndexedDB.
  (await fresh(name)).close();
  const db = await openDB(name);
  const record = { ...input.header, ...parsedFields(input.parse, 1) };
  const units = input.parse.value.units.map((u) => ({ ...u, seenAt: input.header.observedAt }));
  const start = performance.now();
  const tx = db.transaction(['captures', 'payloads', 'observations', 'units'], 'readwrite');
  const id = (await tx.objectStore('captures').add(record)) as number;
  const writes: Promise<unknown>[] = [
    tx.objectStore('payloads').add({ captureId: id, responseText: input.responseText }),
  ];
  const observations = tx.objectStore('observations');
  for (const row of observationRecords(id, input.parse.value)) writes.push(observations.add(row));
  const unitStore = tx.objectStore('units');
  for (const unit of units) writes.push(unitStore.put(unit));
  await Promise.all([...writes, tx.done]);
  const ms = performance.now() - start;
  db.close();
  return ms;
}

async function run(input: Input) {
  const dexie: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < input.runs; i++) {
    // Alternating which goes first, so neither always meets a warmer disk cache.
    if (i % 2) {
      raw.push(await rawRun(input, `raw-${i}`));
      dexie.push(await dexieRun(input, `dexie-${i}`));
    } else {
      dexie.push(await dexieRun(input, `dexie-${i}`));
      raw.push(await rawRun(input, `raw-${i}`));
    }
  }
  return { dexie, raw, rows: input.parse.value.observations.length };
}

(globalThis as unknown as { __benchDb: typeof run }).__benchDb = run;
