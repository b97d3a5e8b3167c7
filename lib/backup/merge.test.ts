import { describe, expect, it } from 'vitest';
import { type CaptureFacts, planCaptures, planUnits } from './merge';

const KEY = 'evaluation/transparency|H44|2026-08|all';
const capture = (over: Partial<CaptureFacts> = {}): CaptureFacts => ({
  sha256: 'a'.repeat(64),
  endpoint: 'evaluation/transparency',
  requestBody: '{"month":8}',
  snapshotKey: KEY,
  observedAt: '2026-09-01T02:00:00.000Z',
  ...over,
});

describe('planCaptures', () => {
  it('counts equal hashes for the same request as one capture, in the store or twice in the file', () => {
    const stored = capture();
    const plan = planCaptures(
      [stored],
      [capture({ observedAt: '2026-09-03T00:00:00Z' }), capture()],
    );
    expect(plan.add).toEqual([]);
    expect(plan.known).toBe(2);

    const twice = planCaptures(
      [],
      [capture({ sha256: 'b'.repeat(64) }), capture({ sha256: 'b'.repeat(64) })],
    );
    expect(twice.add).toHaveLength(1);
    expect(twice.known).toBe(1);
  });

  it('keeps the same bytes answering another request as another capture', () => {
    const plan = planCaptures([capture()], [capture({ requestBody: '{"month":7}' })]);
    expect(plan.add).toHaveLength(1);
  });

  it('adds an older revision as history without making it the latest', () => {
    const stored = capture({ observedAt: '2026-09-10T00:00:00Z' });
    const older = capture({ sha256: 'c'.repeat(64), observedAt: '2026-09-02T00:00:00Z' });
    const plan = planCaptures([stored], [older]);
    expect(plan.add).toEqual([older]);
    expect(plan.newerRevisions).toBe(0);
  });

  it('counts a later revision of a stored snapshot as the one that will show (newer wins)', () => {
    const stored = capture({ observedAt: '2026-09-10T00:00:00Z' });
    const newer = capture({ sha256: 'd'.repeat(64), observedAt: '2026-09-20T00:00:00+07:00' });
    const plan = planCaptures([stored], [newer]);
    expect(plan.add).toEqual([newer]);
    expect(plan.newerRevisions).toBe(1);
  });

  it('compares instants, not texts: +07:00 and Z of the same moment are not newer', () => {
    const stored = capture({ observedAt: '2026-09-10T00:00:00.000Z' });
    const same = capture({ sha256: 'e'.repeat(64), observedAt: '2026-09-10T07:00:00+07:00' });
    expect(planCaptures([stored], [same]).newerRevisions).toBe(0);
  });

  it('never lets an import replace a capture, stored or in the same file', () => {
    const imported = capture({
      sha256: 'f'.repeat(64),
      source: 'import',
      observedAt: '2027-01-01T00:00:00Z',
    });
    const againstStored = planCaptures([capture()], [imported]);
    expect(againstStored.add).toEqual([]);
    expect(againstStored.importsSkipped).toBe(1);

    // The import comes first in the file; the capture of the same snapshot still wins.
    const portal = capture({ sha256: '1'.repeat(64) });
    const inFile = planCaptures([], [imported, portal]);
    expect(inFile.add).toEqual([portal]);
    expect(inFile.importsSkipped).toBe(1);
  });

  it('adds an import where no capture of its snapshot exists, and a capture over a stored import', () => {
    const imported = capture({ sha256: 'f'.repeat(64), source: 'import' });
    expect(planCaptures([], [imported]).add).toEqual([imported]);
    const portal = capture({ sha256: '2'.repeat(64), observedAt: '2026-10-01T00:00:00Z' });
    const plan = planCaptures([imported], [portal]);
    expect(plan.add).toEqual([portal]);
    expect(plan.importsSkipped).toBe(0);
  });

  it('adds flagged captures (no snapshot key) by their hash alone', () => {
    const flagged = capture({ sha256: '3'.repeat(64), snapshotKey: undefined });
    const plan = planCaptures([capture()], [flagged, flagged]);
    expect(plan.add).toEqual([flagged]);
    expect(plan.newerRevisions).toBe(0);
  });
});

describe('planUnits', () => {
  const unit = (id: string, seenAt: string, name = id) => ({ id, seenAt, name });

  it('adds unknown units and keeps the name seen later', () => {
    const stored = new Map([['H44', unit('H44', '2026-09-10T00:00:00Z', 'local name')]]);
    const plan = planUnits(stored, [
      unit('H44', '2026-09-01T00:00:00Z', 'older name'),
      unit('H45', '2026-09-01T00:00:00Z'),
    ]);
    expect(plan.put.map((u) => u.id)).toEqual(['H45']);
    expect(plan.added).toBe(1);
  });

  it('takes the file’s name when the file saw the unit later', () => {
    const stored = new Map([['H44', unit('H44', '2026-09-01T00:00:00Z', 'old')]]);
    const plan = planUnits(stored, [unit('H44', '2026-10-01T00:00:00Z', 'new')]);
    expect(plan.put).toEqual([unit('H44', '2026-10-01T00:00:00Z', 'new')]);
    expect(plan.added).toBe(0);
  });
});
