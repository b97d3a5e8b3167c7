import { describe, expect, it } from 'vitest';
import type { CaptureRecord, ObservationRecord } from '../db/database';
import { mergeImports } from './merge-imports';

/** Phú Thọ and one of its wards, as the August fixtures name them. */
const ROOT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const WARD = 'ward-viet-tri';

const batch = (id: number, storedAt: string) =>
  ({ id, storedAt, observedAt: storedAt, source: 'import' }) as CaptureRecord;

let nextId = 1;
function value(captureId: number, unitId: string, score: number, period = '2025-08') {
  return {
    id: nextId++,
    captureId,
    endpoint: 'evaluation/transparency',
    unitId,
    unitCode: null,
    unitName: unitId,
    unitKind: unitId === ROOT ? 'PROVINCE' : 'COMMUNE',
    group: 'CKMB',
    criterion: null,
    derived: false,
    score,
    maxScore: 18,
    numerator: null,
    denominator: null,
    ratio: null,
    flags: [],
    flagMessage: null,
    params: {},
    source: 'import',
    imported: {
      subject: 'CKMB',
      rootUnitId: ROOT,
      periodKey: period,
      periodType: 'month',
      periodClosed: true,
      scope: 'all',
      observedAt: null,
    },
  } satisfies ObservationRecord;
}

describe('merging imported values', () => {
  it('forms a snapshot of its own, root first, where nothing was captured; the newer batch wins', () => {
    const older = batch(1, '2026-10-01T00:00:00.000Z');
    const newer = batch(2, '2026-10-02T00:00:00.000Z');
    const merged = mergeImports(
      [],
      [newer, older],
      [value(2, WARD, 9.5), value(1, WARD, 7), value(1, ROOT, 12)],
    );
    expect(merged).toHaveLength(1);
    const [snapshot] = merged;
    expect(snapshot?.capture).toMatchObject({
      source: 'import',
      subject: 'CKMB',
      rootUnitId: ROOT,
      periodKey: '2025-08',
      snapshotKey: `evaluation/transparency|${ROOT}|2025-08|all`,
    });
    expect(snapshot?.observations.map((o) => [o.unitId, o.score])).toEqual([
      [ROOT, 12],
      [WARD, 9.5],
    ]);
  });

  it('leaves a captured value alone and completes the capture with what it lacks', () => {
    const captured = {
      capture: {
        id: 10,
        snapshotKey: `evaluation/transparency|${ROOT}|2025-08|all`,
        rootUnitId: ROOT,
        periodKey: '2025-08',
        scope: 'all',
      } as CaptureRecord,
      observations: [{ ...value(10, ROOT, 11), source: undefined, imported: undefined }],
    };
    const merged = mergeImports(
      [captured],
      [batch(1, '2026-10-01T00:00:00.000Z')],
      [value(1, ROOT, 15), value(1, WARD, 8)],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.observations.map((o) => [o.unitId, o.score, o.source ?? 'portal'])).toEqual([
      [ROOT, 11, 'portal'],
      [WARD, 8, 'import'],
    ]);
  });
});
