import { round2 } from '../format/round';
import { GROUPS } from '../model/groups';
import { NATION_UNIT_ID, type UnitKind } from '../model/observation';
import { type Period, parsePeriodKey, periodKey, previousPeriod } from '../model/period';
import type { AnalysisSettings, SnapshotData } from './analyze-snapshot';
import { factsOf, NO_RANKS, type RankFacts, type UnitRanks } from './rank-facts';
import { rankAmong, rankUnits } from './ranks';
import { rateScore } from './ratings';
import { type Delta, deltaPrevious, type PeriodValue } from './trends';

const GROUP_SUBJECTS = new Set<string | null>(GROUPS.map((g) => g.code));

/** The six group totals of every unit of one period added up; null where a group has no score. */
function sumsOf(groupSnapshots: readonly SnapshotData[]) {
  const sums = new Map<string, { score: number | null; kind: UnitKind }>();
  for (const s of groupSnapshots) {
    for (const o of s.observations) {
      if (o.criterion !== null) continue;
      const before = sums.get(o.unitId);
      const score =
        before === undefined
          ? o.score
          : before.score === null || o.score === null
            ? null
            : before.score + o.score;
      sums.set(o.unitId, { score, kind: o.unitKind });
    }
  }
  return sums;
}

function groupSnapshotsOf(snapshots: readonly SnapshotData[], key: string): SnapshotData[] {
  return snapshots.filter(
    (s) => s.capture.periodKey === key && GROUP_SUBJECTS.has(s.capture.subject),
  );
}

/** The derived total of a unit in one period, and whether every group of it was closed. */
function derivedValue(snapshots: readonly SnapshotData[], period: Period, unitId: string) {
  const key = periodKey(period);
  const groupSnapshots = groupSnapshotsOf(snapshots, key);
  if (groupSnapshots.length < GROUPS.length) return null;
  const score = sumsOf(groupSnapshots).get(unitId)?.score ?? null;
  return {
    period,
    closed: groupSnapshots.every((s) => s.capture.periodClosed === true),
    scope: 'all',
    value: score === null ? null : round2(score),
  } satisfies PeriodValue;
}

export interface DerivedTotal {
  score: number;
  derived: true;
  rating: string | null;
  ranks: UnitRanks;
  delta: Delta;
}

/**
 * Sum of the six group totals when all six are stored; its ranks among the root's children
 * (same kind, and all) by lib/analysis/ranks.ts, and its change since the previous period.
 */
export function derivedTotal(
  snapshots: readonly SnapshotData[],
  key: string,
  unit: { id: string; kind: UnitKind },
  rootUnitId: string,
  settings: AnalysisSettings,
): DerivedTotal | null {
  const period = parsePeriodKey(key);
  const groupSnapshots = groupSnapshotsOf(snapshots, key);
  if (!period || groupSnapshots.length < GROUPS.length) return null;
  const sums = sumsOf(groupSnapshots);
  const score = sums.get(unit.id)?.score;
  if (score === null || score === undefined) return null;
  const children = [...sums]
    .filter(([id]) => id !== rootUnitId)
    .map(([id, s]) => ({
      unitId: id,
      kind: s.kind,
      score: s.score === null ? null : round2(s.score),
    }));
  const ranks =
    unit.id === rootUnitId
      ? NO_RANKS
      : {
          kind: factsOf(rankAmong(children, [unit.kind]), unit.id, unit.kind),
          all: factsOf(rankUnits(children), unit.id, 'ALL'),
        };
  const series = [
    derivedValue(snapshots, previousPeriod(period), unit.id),
    derivedValue(snapshots, period, unit.id),
  ].filter((v) => v !== null);
  const rounded = round2(score);
  return {
    score: rounded,
    derived: true,
    rating: rateScore(rounded, settings.bands)?.label ?? null,
    ranks,
    delta: deltaPrevious(series, period),
  };
}

/**
 * A province among the provinces, from a stored national summary of the same period (the
 * nation's service-results lists the 34 with their totals); null when none is stored.
 */
export function provinceRank(
  snapshots: readonly SnapshotData[],
  key: string,
  unitId: string,
): RankFacts | null {
  const national = snapshots.find(
    (s) =>
      s.capture.rootUnitId === NATION_UNIT_ID &&
      s.capture.subject === 'TOTAL' &&
      s.capture.periodKey === key &&
      s.capture.scope === 'all',
  );
  if (!national) return null;
  const rows = national.observations
    .filter((o) => o.group === 'TOTAL' && o.criterion === null && o.unitId !== NATION_UNIT_ID)
    .map((o) => ({ unitId: o.unitId, kind: o.unitKind, score: o.score }));
  return factsOf(rankAmong(rows, ['PROVINCE']), unitId, 'PROVINCE');
}
