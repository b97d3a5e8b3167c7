/**
 * In the dashboard page, for `profile-export.ts`: the long-CSV export's phases timed apart on
 * the database the bench seeded (the same IndexedDB the background reads).
 */
import { DEFAULT_RATING_BANDS } from '../../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../../lib/analysis/targets';
import { ChisoDatabase } from '../../../lib/db/database';
import { listSnapshots } from '../../../lib/db/snapshots';
import { longCsvChunks } from '../../../lib/export/long-csv-stream';

const db = new ChisoDatabase();
const settings = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };

async function phases(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const heads = await listSnapshots(db);
  out.listSnapshotsMs = performance.now() - t;
  t = performance.now();
  let rows = 0;
  for (const head of heads) {
    rows += (await db.observations.where('captureId').equals(head.latest.id).toArray()).length;
  }
  out.readByIndexMs = performance.now() - t;
  out.rows = rows;
  t = performance.now();
  let bytes = 0;
  for await (const chunk of longCsvChunks(db, 'standard', settings)) bytes += chunk.text.length;
  out.generatorMs = performance.now() - t;
  out.chars = bytes;
  return out;
}

async function generatorOnly(): Promise<number> {
  const t = performance.now();
  for await (const _ of longCsvChunks(db, 'standard', settings)) {
    // drained only
  }
  return performance.now() - t;
}

Object.assign(globalThis, { __phases: phases, __generatorOnly: generatorOnly });
