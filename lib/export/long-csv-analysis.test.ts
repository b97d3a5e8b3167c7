import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../analysis/analyze-all';
import type { SnapshotData } from '../analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../analysis/ratings';
import { DEFAULT_PROFILE } from '../analysis/targets';
import type { CaptureRecord, ObservationRecord } from '../db/database';
import { analysisColumns } from './analysis-columns';
import { cellWriter } from './csv-cells';
import { CSV_PROFILES, formatCell } from './csv-profiles';
import { LongCsvAnalysis } from './long-csv-analysis';

const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
const ROOT = 'root';
let nextId = 1;

function capture(periodKey: string | null, periodClosed: boolean | null): CaptureRecord {
  return {
    id: nextId++,
    endpoint: 'evaluation/provide-online-tree',
    periodKey,
    periodClosed,
    rootUnitId: ROOT,
    scope: 'all',
    observedAt: '2026-09-01T01:00:00.000Z',
  } as CaptureRecord;
}

type Row = [
  unit: string,
  group: string,
  criterion: string | null,
  score: number | null,
  ratio: number | null,
  denominator?: number,
];

function snapshot(c: CaptureRecord, rows: Row[], shift: number): SnapshotData {
  const observations = rows.map(
    ([unitId, group, criterion, score, ratio, denominator]) =>
      ({
        id: nextId++,
        captureId: c.id,
        unitId,
        group,
        criterion,
        derived: false,
        score: score === null ? null : score + shift,
        ratio: ratio === null ? null : ratio - shift,
        denominator: denominator ?? 10,
        unitKind: unitId.startsWith('a') ? 'AGENCY' : 'COMMUNE',
        flags: [],
      }) as unknown as ObservationRecord,
  );
  return { capture: c, observations };
}

/** Ties, a unit without a score, a 0/0 criterion, a key written twice, the root's own rows. */
const ROWS: Row[] = [
  [ROOT, 'TOTAL', null, 80, null],
  ['a1', 'TOTAL', null, 91.5, null],
  ['a2', 'TOTAL', null, 70, null],
  ['c1', 'TOTAL', null, 70, null],
  ['c2', 'TOTAL', null, null, null],
  ['a1', 'ONLINE', 'ONLINE_DOSSIER_SHARE', 8, 51.999999999],
  ['a2', 'ONLINE', 'ONLINE_DOSSIER_SHARE', 9, 60.25],
  ['c1', 'ONLINE', 'ONLINE_PAYMENT_SHARE', 4, 0, 0],
  ['c1', 'ONLINE', 'ONLINE_PAYMENT_SHARE', 5, 47.01],
  ['c2', 'ONLINE', 'UNKNOWN_CODE', 3, 12.5],
];

const PERIODS: [string | null, boolean | null][] = [
  ['2025-07', true],
  ['2025-08', true],
  ['2025-Q3', true],
  ['2026-07', true],
  ['2026-08', false],
  ['2026-09', true],
  ['2026-Q3', true],
  [null, null],
];

describe('the streamed analysis cells', () => {
  for (const profile of ['standard', 'excel-vn'] as const) {
    it(`are what analyzeAll and analysisColumns write (${profile})`, () => {
      const snapshots = PERIODS.map(([key, closed], i) =>
        snapshot(capture(key, closed), ROWS, ((i * 7) % 5) - 2.13),
      );
      const settings = CSV_PROFILES[profile];
      const columns = analysisColumns(analyzeAll(snapshots, SETTINGS));
      const streamed = new LongCsvAnalysis(SETTINGS, cellWriter(settings));
      for (const s of snapshots) {
        const expected = s.observations.map((observation) =>
          columns
            .map((c) =>
              formatCell(c.value({ capture: s.capture, observation, rootCode: null }), settings),
            )
            .join(settings.delimiter),
        );
        expect(streamed.tails(s)).toEqual(expected);
      }
      // Not every cell is empty: the comparison above judged something.
      const last = new LongCsvAnalysis(SETTINGS, cellWriter(settings));
      const tails = snapshots.flatMap((s) => last.tails(s));
      expect(tails.some((t) => /\d/.test(t.split(settings.delimiter)[3] ?? ''))).toBe(true);
    });
  }
});
