import { beforeAll, describe, expect, it } from 'vitest';
import {
  deriveRequest,
  deriveResponse,
  factorForMonth,
} from '../../tests/fixtures/portal-2026-derived/derive';
import { fixtureCaptures } from '../../tests/support/fixtures';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { analyzeAll } from '../analysis/analyze-all';
import { DEFAULT_RATING_BANDS } from '../analysis/ratings';
import { DEFAULT_PROFILE } from '../analysis/targets';
import { ingestObservedCall } from '../capture/ingest';
import { latestSnapshotsWithObservations } from '../db/snapshots';
import { analysisColumns } from './analysis-columns';
import { buildLongCsv, type CsvProfile, parseLongCsv } from './long-csv';
import { type LongCsvChunk, longCsvChunks } from './long-csv-stream';

const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
const TREE = 'phu-tho-2026-08/provide-online-tree.json';
/** Fourteen months, so that July and August 2026 have the same month a year before. */
const MONTHS = Array.from({ length: 14 }, (_, i) => ({
  year: i < 6 ? 2025 : 2026,
  month: ((i + 6) % 12) + 1,
}));

async function collect(profile: CsvProfile): Promise<LongCsvChunk[]> {
  const chunks: LongCsvChunk[] = [];
  for await (const chunk of longCsvChunks(db, profile, SETTINGS)) chunks.push(chunk);
  return chunks;
}

const db = freshDatabase('long-csv-stream');

describe('the long CSV written in chunks', () => {
  beforeAll(async () => {
    const tree = fixtureCaptures().find((c) => c.file === TREE);
    const real = observedFixture(TREE);
    for (const { year, month } of MONTHS) {
      const august = year === 2026 && month === 8;
      await ingestObservedCall(
        db,
        august
          ? real
          : {
              ...real,
              requestBody: JSON.stringify(deriveRequest(tree?.requestBody as never, month, year)),
              responseText: deriveResponse(real.responseText, factorForMonth(month)),
            },
        PORTAL_PAGE,
      );
    }
    // Other endpoints, roots and period types, and a second revision of one snapshot.
    for (const file of [
      'phu-tho-2026-08/dvc-progress-tree.json',
      'national-2026/service-results.json',
      'gia-lai-2026-02/service-results.json',
    ]) {
      await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
    }
    await ingestObservedCall(
      db,
      observedFixture('phu-tho-2026-08/dvc-progress-tree.json', {
        observedAt: '2026-09-30T01:00:00.000Z',
        responseText: deriveResponse(
          observedFixture(TREE.replace('provide-online', 'dvc-progress')).responseText,
          factorForMonth(3),
        ),
      }),
      PORTAL_PAGE,
    );
  }, 60_000);

  for (const profile of ['standard', 'excel-vn'] as const) {
    it(`is byte for byte the file built at once (${profile})`, async () => {
      const snapshots = await latestSnapshotsWithObservations(db);
      const whole = buildLongCsv(snapshots, profile, {
        extraColumns: analysisColumns(analyzeAll(snapshots, SETTINGS)),
      });
      const chunks = await collect(profile);
      const got = chunks.map((c) => c.text).join('');
      expect(got).toBe(whole);
      // A header, then one chunk per snapshot, each holding that snapshot's rows only.
      expect(chunks).toHaveLength(snapshots.length + 1);
      expect(chunks[0]?.rows).toBe(0);
      expect(
        chunks
          .slice(1)
          .map((c) => c.rows)
          .sort((a, b) => a - b),
      ).toEqual(snapshots.map((s) => s.observations.length).sort((a, b) => a - b));
    });
  }

  it('states deltas against the month before and the same month a year before', async () => {
    const rows = parseLongCsv((await collect('standard')).map((c) => c.text).join(''));
    // Only the provide-online tree was stored for fourteen months.
    const first = rows.filter((r) => r.period === '2025-07');
    const groups = new Set(first.map((r) => r.group));
    const august = rows.filter((r) => r.period === '2026-08' && groups.has(r.group));
    expect(august.some((r) => r.delta_prev !== '')).toBe(true);
    expect(august.some((r) => r.delta_prev_year !== '')).toBe(true);
    // The first months stored have nothing before them.
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.delta_prev === '' && r.delta_prev_year === '')).toBe(true);
  });
});
