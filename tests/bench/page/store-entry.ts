/**
 * In the extension's dashboard page (same origin as the background, so the same database):
 * fills the extension's database with months of real-shaped rows, fast, and runs the long-CSV
 * generator the background runs, noting the page's heap after every chunk.
 */
import { DEFAULT_RATING_BANDS } from '../../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../../lib/analysis/targets';
import type { CaptureRecord, ObservationRecord } from '../../../lib/db/database';
import { ChisoDatabase } from '../../../lib/db/database';
import { snapshotKey } from '../../../lib/db/snapshot-key';
import { longCsvChunks } from '../../../lib/export/long-csv-stream';

export interface Template {
  capture: Omit<CaptureRecord, 'id'>;
  observations: Omit<ObservationRecord, 'id' | 'captureId'>[];
}

interface SeedInput {
  templates: Template[];
  /** 0 is Phú Thọ itself; others are copies with their own unit ids. */
  roots: number[];
  months: { year: number; month: number }[];
}

const db = new ChisoDatabase();
const wobble = (value: number | null, k: number) =>
  value === null ? null : Math.round(value * (1 + ((k % 11) - 5) / 100) * 100) / 100;

async function seed(input: SeedInput): Promise<number> {
  let rows = 0;
  for (const root of input.roots) {
    const id = (unitId: string) => (root === 0 ? unitId : `${unitId}~${root}`);
    for (const { year, month } of input.months) {
      const periodKey = `${year}-${String(month).padStart(2, '0')}`;
      const observedAt = new Date(Date.UTC(year, month, 5, 3)).toISOString();
      await db.transaction('rw', db.captures, db.observations, async () => {
        for (const t of input.templates) {
          const rootUnitId = id(t.capture.rootUnitId as string);
          const capture = {
            ...t.capture,
            rootUnitId,
            periodKey,
            observedAt,
            lastSeenAt: observedAt,
            storedAt: observedAt,
            snapshotKey: snapshotKey({
              endpoint: t.capture.endpoint,
              rootUnitId,
              periodKey,
              scope: t.capture.scope ?? 'all',
            }),
          };
          const captureId = await db.captures.add(capture as CaptureRecord);
          const observations = t.observations.map((o, i) => ({
            ...o,
            captureId,
            unitId: id(o.unitId),
            score: wobble(o.score, month + i),
            ratio: wobble(o.ratio, month * 3 + i),
          }));
          await db.observations.bulkAdd(observations as ObservationRecord[]);
          rows += observations.length;
        }
      });
    }
  }
  return rows;
}

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** The export as the background writes it: chunks made and let go, live heap after each. */
async function exportHeap(): Promise<{ rows: number; ms: number; peakBytes: number }> {
  const gc = (globalThis as unknown as { gc?: () => void }).gc;
  gc?.();
  const base = heap();
  let peak = base;
  let rows = 0;
  const start = performance.now();
  const settings = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
  let ms = 0;
  for await (const chunk of longCsvChunks(db, 'standard', settings)) {
    rows += chunk.rows;
    // What stays alive after each chunk, garbage collected first: the export's own memory.
    const paused = performance.now();
    gc?.();
    peak = Math.max(peak, heap());
    ms -= performance.now() - paused;
  }
  return { rows, ms: ms + performance.now() - start, peakBytes: peak - base };
}

Object.assign(globalThis, { __benchSeed: seed, __benchExportHeap: exportHeap });
