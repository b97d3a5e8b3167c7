import { beforeAll, describe, expect, it } from 'vitest';
import { observedDerivedJulyAll, SETTINGS } from '../../tests/support/compare-fixtures';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../../tests/support/observed';
import { ingestObservedCall } from '../capture/ingest';
import { GROUP_CODES } from '../model/groups';
import { unitTrend } from '../trend/unit-trend';
import { latestSnapshotsWithObservations } from './snapshots';
import { unitSnapshots } from './unit-snapshots';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const db = freshDatabase('unit-snapshots');

describe("a unit's trend from its own rows only", () => {
  beforeAll(async () => {
    for (const call of observedDerivedJulyAll()) await ingestObservedCall(db, call, PORTAL_PAGE);
    for (const file of [
      ...PHU_THO_FILES,
      'national-2026/service-results.json',
      'gia-lai-2026-02/service-results.json',
    ]) {
      await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
    }
  }, 60_000);

  it('is the trend computed from every stored row, for every kind of unit and measure', async () => {
    const all = await latestSnapshotsWithObservations(db);
    const units = new Set<string>([PHU_THO]);
    for (const snapshot of all) {
      // The root, and a few children of each snapshot (agencies, communes, provinces).
      for (const o of snapshot.observations.slice(0, 300).filter((_, i) => i % 100 === 0)) {
        units.add(o.unitId);
      }
    }
    expect(units.size).toBeGreaterThan(5);
    const measures = [null, GROUP_CODES[0], GROUP_CODES[4], 'DOSSIER_RECEIVING_SATISFACTION'];
    let compared = 0;
    for (const unitId of [...units, 'nobody']) {
      const own = await unitSnapshots(db, unitId);
      // Fewer rows read: only the unit's.
      expect(own.every((s) => s.observations.every((o) => o.unitId === unitId))).toBe(true);
      for (const measure of measures) {
        const expected = unitTrend(all, SETTINGS, unitId, measure);
        expect(unitTrend(own, SETTINGS, unitId, measure)).toEqual(expected);
        if (expected?.points.some((p) => p.value !== null)) compared++;
      }
    }
    // The comparison saw real values, not only empty trends.
    expect(compared).toBeGreaterThan(10);
  }, 30_000);
});
