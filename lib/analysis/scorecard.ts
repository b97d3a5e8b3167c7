import { criterionInfo, type FullScoreStatus } from '../model/criteria';
import { GROUPS, type GroupCode, type GroupInfo } from '../model/groups';
import type { UnitKind } from '../model/observation';
import { parsePeriodKey, periodLabel } from '../model/period';
import {
  type AnalysisSettings,
  analyzeSnapshot,
  comparedValue,
  type SnapshotData,
} from './analyze-snapshot';
import type { TargetEvaluation } from './evaluate';
import type { UnitRanks } from './rank-facts';
import type { Rank } from './ranks';
import { ranksOnRow } from './scorecard-ranks';
import { derivedTotal, provinceRank } from './scorecard-total';
import { type Delta, lastPeriods, type PeriodValue } from './trends';

export interface ScorecardCriterion {
  code: string;
  name: string;
  group: GroupCode;
  derived: boolean;
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
  fullScoreAt: number | null;
  fullScore: FullScoreStatus | null;
  target: TargetEvaluation;
  delta: Delta;
  /** The last 12 periods of the same type, oldest first; null where nothing is stored. */
  sparkline: (number | null)[];
}

export interface ScorecardGroup {
  code: GroupCode;
  name: string;
  maxScore: number;
  score: number | null;
  delta: Delta | null;
  /** Among all the root's children (the CSV's `rank`). */
  rank: Rank | null;
  /** Among the same kind and among all, with ties: what the panel shows (#12). */
  ranks: UnitRanks;
  stored: boolean;
}

export interface Scorecard {
  rootUnitId: string;
  rootName: string;
  unit: { id: string; name: string; kind: UnitKind };
  periodKey: string;
  periodLabel: string;
  provisional: boolean;
  /** Periods with something stored for this root, newest first. */
  periods: { key: string; label: string }[];
  /** Units the picker offers (those of this period's snapshots), root first. */
  units: { id: string; name: string; kind: UnitKind }[];
  /**
   * Out of 100: the portal's TOTAL when a summary was stored, else the sum of the six groups
   * when all six are stored (`derived`), else null.
   */
  total: {
    score: number;
    derived: boolean;
    rating: string | null;
    ranks: UnitRanks;
    /** Since the previous period of the same type; null when it cannot be said. */
    delta: Delta | null;
  } | null;
  groups: ScorecardGroup[];
  criteria: ScorecardCriterion[];
  profileName: string | null;
}

const GROUP_OF_SUBJECT = new Map<string | null, GroupInfo>(GROUPS.map((g) => [g.code, g]));

/**
 * The scorecard of one unit for one period, from the latest revision of every snapshot of its
 * root (all endpoints, all periods). Null when nothing is stored for that root and period.
 */
export function buildScorecard(
  snapshots: readonly SnapshotData[],
  request: { rootUnitId: string; periodKey?: string; unitId?: string },
  settings: AnalysisSettings,
): Scorecard | null {
  const mine = snapshots.filter(
    (s) => s.capture.rootUnitId === request.rootUnitId && s.capture.scope === 'all',
  );
  const periodKeys = [...new Set(mine.map((s) => s.capture.periodKey ?? ''))]
    .filter(Boolean)
    .sort()
    .reverse();
  // A period asked for and not stored (the page moved to a period the portal has no data
  // for) has no scorecard: showing another period's would say what the page does not.
  if (request.periodKey && !periodKeys.includes(request.periodKey)) return null;
  const key = request.periodKey ?? periodKeys[0];
  const period = key ? parsePeriodKey(key) : null;
  if (!key || !period) return null;
  const current = mine.filter((s) => s.capture.periodKey === key);

  const unitList = new Map<string, { id: string; name: string; kind: UnitKind }>();
  for (const s of current) {
    for (const o of s.observations) {
      if (!unitList.has(o.unitId))
        unitList.set(o.unitId, { id: o.unitId, name: o.unitName, kind: o.unitKind });
    }
  }
  const root = unitList.get(request.rootUnitId);
  const unit = (request.unitId && unitList.get(request.unitId)) || root;
  if (!unit || !root) return null;

  const groups: ScorecardGroup[] = [];
  const criteria: ScorecardCriterion[] = [];
  let profileName: string | null = null;
  let summaryTotal: Scorecard['total'] = null;
  for (const snapshot of current) {
    const family = mine.filter((s) => s.capture.endpoint === snapshot.capture.endpoint);
    const analysis = analyzeSnapshot(snapshot, family, settings);
    const seriesOf = (unitId: string, criterion: string | null, group: string): PeriodValue[] =>
      family.flatMap((s) => {
        const p = s.capture.periodKey ? parsePeriodKey(s.capture.periodKey) : null;
        const o = s.observations.find(
          (x) => x.unitId === unitId && x.criterion === criterion && x.group === group,
        );
        const value = o ? comparedValue(o) : null;
        return p
          ? [{ period: p, closed: s.capture.periodClosed === true, scope: 'all', value }]
          : [];
      });
    for (const o of snapshot.observations) {
      if (o.unitId !== unit.id) continue;
      const a = analysis.get(o.id);
      profileName ??= a?.profileName ?? null;
      if (snapshot.capture.subject === 'TOTAL') {
        if (o.group === 'TOTAL' && o.score !== null) {
          summaryTotal = {
            score: o.score,
            derived: false,
            rating: a?.rating?.label ?? null,
            ranks: ranksOnRow(snapshot, analysis, 'TOTAL', unit),
            delta: a?.deltaPrev ?? null,
          };
        }
        continue;
      }
      const info = GROUP_OF_SUBJECT.get(snapshot.capture.subject);
      if (!info) continue;
      if (o.criterion === null) {
        groups.push({
          code: info.code,
          name: info.name,
          maxScore: info.maxScore,
          score: o.score,
          delta: a?.deltaPrev ?? null,
          rank: a?.rank ?? null,
          ranks: ranksOnRow(snapshot, analysis, info.code, unit),
          stored: true,
        });
        continue;
      }
      const c = criterionInfo(o.criterion);
      criteria.push({
        code: o.criterion,
        name: c?.name ?? o.criterion,
        group: info.code,
        derived: o.derived,
        ratio: o.ratio,
        score: o.score,
        maxScore: o.maxScore,
        fullScoreAt: c?.fullScoreAt ?? null,
        fullScore: a?.fullScore ?? null,
        target: a?.target ?? { status: 'no-target', target: null, gap: null },
        delta: a?.deltaPrev ?? {
          delta: null,
          previous: null,
          comparable: false,
          reason: 'missing',
        },
        sparkline: lastPeriods(seriesOf(unit.id, o.criterion, o.group), period, 12).map(
          (p) => p.value,
        ),
      });
    }
  }
  const allGroups = GROUPS.map(
    (g) =>
      groups.find((x) => x.code === g.code) ?? {
        code: g.code,
        name: g.name,
        maxScore: g.maxScore,
        score: null,
        delta: null,
        rank: null,
        ranks: { kind: null, all: null },
        stored: false,
      },
  );
  const total = summaryTotal ?? derivedTotal(mine, key, unit, request.rootUnitId, settings);
  // A province's rank is among the 34, which only a stored national summary can tell.
  const amongProvinces = unit.kind === 'PROVINCE' ? provinceRank(snapshots, key, unit.id) : null;
  if (total && amongProvinces) total.ranks = { kind: amongProvinces, all: amongProvinces };
  return {
    rootUnitId: root.id,
    rootName: root.name,
    unit,
    periodKey: key,
    periodLabel: periodLabel(period),
    provisional: current.some((s) => s.capture.periodClosed === false),
    periods: periodKeys.map((k) => ({ key: k, label: periodLabel(parsePeriodKey(k) ?? period) })),
    units: [root, ...[...unitList.values()].filter((u) => u.id !== root.id)],
    total,
    groups: allGroups,
    criteria,
    profileName,
  };
}
