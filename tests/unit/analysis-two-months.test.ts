import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../../lib/analysis/analyze-all';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ObservationRecord } from '../../lib/db/database';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { analysisColumns } from '../../lib/export/analysis-columns';
import { buildLongCsv, parseLongCsv } from '../../lib/export/long-csv';
import { freshDatabase } from '../support/fresh-db';
import { observedDerivedJuly, observedFixture, PORTAL_PAGE } from '../support/observed';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const JULY = 'tests/fixtures/portal-2026-derived/phu-tho-2026-07/handling-satisfaction.json';
const AUGUST = 'phu-tho-2026-08/handling-satisfaction.json';

interface RawUnit {
  departmentId: string;
  departmentType?: string;
  totalScore: number;
  metrics: { code: string; ratio: number | null }[];
}
const raw = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')).data as { overview: RawUnit; evaluation: RawUnit[] };

/** Rank by counting strictly better scores: an independent check of competition ranking. */
function expectedRank(units: RawUnit[], id: string): number {
  const mine = units.find((u) => u.departmentId === id)?.totalScore ?? Number.NaN;
  return 1 + units.filter((u) => u.totalScore > mine).length;
}

describe('analysis of two captured months', () => {
  const db = freshDatabase('two-months');
  let rows: ObservationRecord[] = [];
  let analysis: ReturnType<typeof analyzeAll>;
  const july = raw(JULY);
  const august = raw(`tests/fixtures/portal-2026/${AUGUST}`);

  beforeAll(async () => {
    await ingestObservedCall(db, observedDerivedJuly(), PORTAL_PAGE);
    await ingestObservedCall(db, observedFixture(AUGUST), PORTAL_PAGE);
    const snapshots = await latestSnapshotsWithObservations(db);
    expect(snapshots).toHaveLength(2);
    analysis = analyzeAll(snapshots, { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS });
    rows = snapshots.find((s) => s.capture.periodKey === '2026-08')?.observations ?? [];
  });

  it('judges the satisfaction target (≥ 92 %) on the province, with the gap in points', () => {
    const row = rows.find(
      (o) => o.unitId === PHU_THO && o.criterion === 'DOSSIER_RECEIVING_SATISFACTION',
    );
    const result = analysis.get(row?.id ?? -1);
    expect(result?.target).toEqual({ status: 'not-met', target: 92, gap: 78.22 - 92 });
    expect(result?.profileName).toBe('Mục tiêu 2024 (chỉ đạo cấp huyện)');
    const julyRatio =
      july.overview.metrics.find((m) => m.code === 'DOSSIER_RECEIVING_SATISFACTION')?.ratio ?? 0;
    expect(result?.deltaPrev).toMatchObject({ comparable: true, previous: julyRatio });
    expect(result?.deltaPrev.delta).toBeCloseTo(78.22 - julyRatio, 10);
    expect(result?.deltaPrevYear).toMatchObject({ comparable: false, reason: 'missing' });
  });

  it('gives every child its competition rank and its change since July', () => {
    let checked = 0;
    for (const unit of august.evaluation) {
      const row = rows.find((o) => o.unitId === unit.departmentId && o.criterion === null);
      const result = analysis.get(row?.id ?? -1);
      const now = expectedRank(august.evaluation, unit.departmentId);
      const before = expectedRank(july.evaluation, unit.departmentId);
      expect(result?.rank, unit.departmentId).toEqual({ rank: now, of: 163 });
      expect(result?.rankChange, unit.departmentId).toBe(before - now);
      checked++;
    }
    expect(checked).toBe(163);
    const changed = august.evaluation.filter(
      (u) =>
        expectedRank(august.evaluation, u.departmentId) !==
        expectedRank(july.evaluation, u.departmentId),
    );
    // The derived month really moves units around, so the check above is not vacuous.
    expect(changed.length).toBeGreaterThan(50);
    const root = rows.find((o) => o.unitId === PHU_THO && o.criterion === null);
    expect(analysis.get(root?.id ?? -1)?.rank).toBeNull();
  });

  it('writes the analysis columns after the base columns of the long CSV', async () => {
    const snapshots = await latestSnapshotsWithObservations(db);
    const csv = parseLongCsv(
      buildLongCsv(snapshots, 'standard', { extraColumns: analysisColumns(analysis) }),
    );
    const header = Object.keys(csv[0] ?? {});
    expect(header.slice(-12)).toEqual([
      'portal',
      'target',
      'target_met',
      'gap',
      'delta_prev',
      'delta_prev_year',
      'rank',
      'rank_of',
      'rank_change',
      'rating',
      'rank_kind',
      'rank_kind_of',
    ]);
    const satisfaction = csv.find(
      (r) =>
        r.period === '2026-08' &&
        r.unit_id === PHU_THO &&
        r.criterion === 'DOSSIER_RECEIVING_SATISFACTION',
    );
    expect(satisfaction).toMatchObject({
      target: '92',
      target_met: '0',
      delta_prev_year: '',
      rank: '',
    });
    expect(Number(satisfaction?.gap)).toBeCloseTo(-13.78, 10);
    const noTarget = csv.find(
      (r) => r.period === '2026-08' && r.unit_id === PHU_THO && r.criterion === '',
    );
    expect(noTarget).toMatchObject({ target: '', target_met: '', gap: '' });
    const first = august.evaluation[0];
    const child = csv.find(
      (r) => r.period === '2026-08' && r.unit_id === first?.departmentId && r.criterion === '',
    );
    expect(child?.rank_of).toBe('163');
    expect(Number(child?.rank_change)).toBe(
      expectedRank(july.evaluation, first?.departmentId ?? '') -
        expectedRank(august.evaluation, first?.departmentId ?? ''),
    );

    // Ranks as reports state them: among the children of the same kind (#12).
    for (const unit of august.evaluation) {
      const peers = august.evaluation.filter((u) => u.departmentType === unit.departmentType);
      const row = csv.find(
        (r) => r.period === '2026-08' && r.unit_id === unit.departmentId && r.criterion === '',
      );
      expect(row?.rank_kind, unit.departmentId).toBe(
        String(expectedRank(peers, unit.departmentId)),
      );
      expect(row?.rank_kind_of).toBe(String(peers.length));
    }
    expect(new Set(august.evaluation.map((u) => u.departmentType)).size).toBe(2);

    // No number has more decimals than the portal writes (two), float noise included.
    const tooPrecise = csv.flatMap((r) =>
      (['score', 'ratio', 'gap', 'delta_prev', 'delta_prev_year'] as const)
        .filter((column) => /\.\d{3,}/.test(r[column] ?? ''))
        .map((column) => `${r.unit_id} ${r.criterion} ${column}=${r[column]}`),
    );
    expect(tooPrecise).toEqual([]);
    expect(csv.some((r) => r.delta_prev !== '' && r.delta_prev !== undefined)).toBe(true);
  });
});

describe('criteria counted over nothing', () => {
  it('are "no data", not "not met", even where the portal writes ratio 0', async () => {
    const db = freshDatabase('zero-over-zero');
    const outcome = await ingestObservedCall(db, observedFixture(AUGUST), PORTAL_PAGE);
    const snapshots = await latestSnapshotsWithObservations(db);
    const analysis = analyzeAll(snapshots, {
      profiles: [DEFAULT_PROFILE],
      bands: DEFAULT_RATING_BANDS,
    });
    const rows = snapshots.find((s) => s.capture.id === outcome.id)?.observations ?? [];
    const empty = rows.filter(
      (o) => o.criterion === 'PETITION_PROCESSING_ON_TIME' && o.denominator === 0,
    );
    expect(empty.length).toBeGreaterThan(10);
    for (const row of empty) {
      expect(row.ratio).toBe(0);
      expect(analysis.get(row.id)?.target.status).toBe('no-data');
    }
  });
});
