import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { buildScorecard } from '../../lib/analysis/scorecard';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { freshDatabase } from '../support/fresh-db';
import {
  observedDerivedJuly,
  observedFixture,
  PHU_THO_FILES,
  PORTAL_PAGE,
} from '../support/observed';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };

describe('the scorecard of a unit', () => {
  const db = freshDatabase('scorecard');
  beforeAll(async () => {
    for (const file of PHU_THO_FILES)
      await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
    await ingestObservedCall(db, observedDerivedJuly(), PORTAL_PAGE);
  });

  it('has nothing to show for a period the page moved to and nothing is stored for', async () => {
    const snapshots = await latestSnapshotsWithObservations(db);
    const request = { rootUnitId: PHU_THO, periodKey: '2026-Q3' };
    expect(buildScorecard(snapshots, request, SETTINGS)).toBeNull();
    expect(
      buildScorecard(snapshots, { ...request, periodKey: '2026-07' }, SETTINGS)?.periodKey,
    ).toBe('2026-07');
  });

  it('sums the six groups into a derived total out of 100 for the province, with its rating', async () => {
    const card = buildScorecard(
      await latestSnapshotsWithObservations(db),
      { rootUnitId: PHU_THO },
      SETTINGS,
    );
    expect(card).not.toBeNull();
    expect(card?.periodKey).toBe('2026-08');
    expect(card?.periods.map((p) => p.label)).toEqual(['Tháng 08/2026', 'Tháng 07/2026']);
    expect(card?.unit.name).toBe('UBND tỉnh Phú Thọ');
    expect(card?.groups.map((g) => [g.code, g.score, g.maxScore])).toEqual([
      ['CKMB', 7.96, 18],
      ['TDGQ', 15.68, 20],
      ['CLGQ', 8.83, 12],
      ['TTTT', 6.25, 10],
      ['MDHL', 12.96, 18],
      ['MDSH', 8.24, 22],
    ]);
    expect(card?.total).toMatchObject({
      score: 59.92,
      derived: true,
      rating: 'Trung bình',
      // The province is ranked among provinces only where a national summary is stored.
      ranks: { kind: null, all: null },
      // July has one group stored, not six: no total to compare with.
      delta: { delta: null, comparable: false },
    });
    expect(card?.units).toHaveLength(164);
    const satisfaction = card?.criteria.find((c) => c.code === 'DOSSIER_RECEIVING_SATISFACTION');
    expect(satisfaction).toMatchObject({
      ratio: 78.22,
      fullScoreAt: 90,
      target: { status: 'not-met', target: 92 },
    });
    expect(satisfaction?.sparkline).toHaveLength(12);
    expect(satisfaction?.sparkline.at(-1)).toBe(78.22);
    expect(satisfaction?.sparkline.at(-2)).not.toBeNull();
    expect(satisfaction?.sparkline.slice(0, 10).every((v) => v === null)).toBe(true);
    const online = card?.criteria.find((c) => c.code === 'ONLINE_DOSSIER_SHARE');
    expect(online?.derived).toBe(true);
    expect(online?.ratio).toBeCloseTo((150956 / 152595) * 100, 10);
  });

  it('ranks a child by its six-group total among its own kind, and among all children (#12)', async () => {
    const snapshots = await latestSnapshotsWithObservations(db);
    const sums = new Map<string, number>();
    const kinds = new Map<string, string>();
    for (const s of snapshots.filter((x) => x.capture.periodKey === '2026-08')) {
      for (const o of s.observations) {
        if (o.criterion !== null || o.unitId === PHU_THO) continue;
        sums.set(o.unitId, (sums.get(o.unitId) ?? 0) + (o.score ?? 0));
        kinds.set(o.unitId, o.unitKind);
      }
    }
    const r2 = (n: number) => Math.round(n * 100) / 100;
    for (const place of [3, 20, 120]) {
      const [id, score] = [...sums].sort((a, b) => b[1] - a[1])[place] ?? ['', 0];
      const card = buildScorecard(snapshots, { rootUnitId: PHU_THO, unitId: id }, SETTINGS);
      const peers = [...sums].filter(([u]) => kinds.get(u) === kinds.get(id)).map(([, v]) => v);
      const all = [...sums.values()];
      expect(card?.unit.id).toBe(id);
      expect(card?.total?.derived).toBe(true);
      expect(card?.total?.ranks.all).toEqual({
        rank: all.filter((v) => r2(v) > r2(score)).length + 1,
        of: 163,
        tied: all.filter((v) => r2(v) === r2(score)).length,
        pool: 'ALL',
      });
      expect(card?.total?.ranks.kind).toEqual({
        rank: peers.filter((v) => r2(v) > r2(score)).length + 1,
        of: peers.length,
        tied: peers.filter((v) => r2(v) === r2(score)).length,
        pool: kinds.get(id),
      });
    }
    expect(new Set(kinds.values())).toEqual(new Set(['AGENCY', 'COMMUNE']));
  });

  it('has nothing to show for a root with nothing stored', async () => {
    expect(
      buildScorecard(await latestSnapshotsWithObservations(db), { rootUnitId: 'nobody' }, SETTINGS),
    ).toBeNull();
  });
});
