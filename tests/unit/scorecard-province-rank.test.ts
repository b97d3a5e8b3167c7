import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { buildScorecard } from '../../lib/analysis/scorecard';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { NATION_UNIT_ID } from '../../lib/model/observation';
import { fixtureText } from '../support/fixtures';
import { freshDatabase } from '../support/fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from '../support/observed';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };

describe('a province in its scorecard', () => {
  it('ranks among the 34 provinces when a national summary of the same period is stored (#12)', async () => {
    const db = freshDatabase('scorecard-province-rank');
    await ingestObservedCall(
      db,
      observedFixture('national-2026/service-results.json'),
      PORTAL_PAGE,
    );
    for (const file of PHU_THO_FILES)
      await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
    const national = await latestSnapshotsWithObservations(db, NATION_UNIT_ID);
    expect(national).toHaveLength(1);
    // Only the year 2026 has a national capture: Phú Thọ's six groups stand in for that year.
    const province = (await latestSnapshotsWithObservations(db, PHU_THO)).map((s) => ({
      ...s,
      capture: { ...s.capture, periodKey: '2026' },
    }));
    const card = buildScorecard([...province, ...national], { rootUnitId: PHU_THO }, SETTINGS);

    const raw = (
      JSON.parse(fixtureText('national-2026/service-results.json')).data as {
        evaluation: { departmentId: string; totalScore: number }[];
      }
    ).evaluation;
    const mine = raw.find((p) => p.departmentId === PHU_THO)?.totalScore ?? Number.NaN;
    expect(card?.total?.ranks.kind).toEqual({
      rank: 1 + raw.filter((p) => p.totalScore > mine).length,
      of: 34,
      tied: raw.filter((p) => p.totalScore === mine).length,
      pool: 'PROVINCE',
    });
    expect(raw).toHaveLength(34);
    // Without the national summary there is no one to rank the province among.
    const alone = buildScorecard(province, { rootUnitId: PHU_THO }, SETTINGS);
    expect(alone?.total?.ranks).toEqual({ kind: null, all: null });
  });
});
