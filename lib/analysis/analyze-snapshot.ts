import type { CaptureRecord, ObservationRecord } from '../db/database';
import { type FullScoreStatus, fullScoreStatus } from '../model/criteria';
import { type Period, parsePeriodKey, periodKey, previousPeriod } from '../model/period';
import { evaluateTarget, type TargetEvaluation } from './evaluate';
import { type Rank, rankChange, rankUnits } from './ranks';
import { type RatingBand, rateScore } from './ratings';
import { profileForYear, ruleFor, type TargetProfile } from './targets';
import { type Delta, deltaPrevious, deltaSamePeriodLastYear, type PeriodValue } from './trends';

/** A snapshot with everything it says. */
export interface SnapshotData {
  capture: CaptureRecord;
  observations: ObservationRecord[];
}

export interface AnalysisSettings {
  profiles: readonly TargetProfile[];
  bands: readonly RatingBand[];
}

/**
 * What the analysis adds to one observation. The compared value is the score on total rows
 * (group total or TOTAL) and the ratio on criterion rows, because targets and the way
 * officials quote criteria are in percent.
 */
export interface AnalyzedObservation {
  value: number | null;
  target: TargetEvaluation;
  fullScore: FullScoreStatus | null;
  deltaPrev: Delta;
  deltaPrevYear: Delta;
  /** Competition rank among the root's children, on total rows of child units. */
  rank: Rank | null;
  /**
   * The same among the children of the unit's own kind (agencies among agencies, communes
   * among communes): the rank reports state ("xếp thứ 8/15 sở, ngành").
   */
  rankKind: Rank | null;
  rankChange: number | null;
  /** Rating band of a TOTAL score out of 100. */
  rating: RatingBand | null;
  profileName: string | null;
}

/** Snapshots comparable over time: same endpoint, root and scope. */
export function familyKey(
  capture: Pick<CaptureRecord, 'endpoint' | 'rootUnitId' | 'scope'>,
): string {
  return [capture.endpoint, capture.rootUnitId, capture.scope].join('|');
}

export const rowKey = (o: Pick<ObservationRecord, 'unitId' | 'group' | 'criterion'>) =>
  `${o.unitId}|${o.group}|${o.criterion ?? ''}`;

/**
 * The compared value. A criterion counted over nothing (0/0) has no ratio to judge, even where
 * the portal writes `ratio: 0` for it (handling-satisfaction does): a commune that received no
 * feedback has not handled 0 % of it on time.
 */
export function comparedValue(o: ObservationRecord): number | null {
  if (o.criterion === null) return o.score;
  return o.denominator === 0 ? null : o.ratio;
}

function periodOf(snapshot: SnapshotData): Period | null {
  return snapshot.capture.periodKey ? parsePeriodKey(snapshot.capture.periodKey) : null;
}

/**
 * Ranks of the children on every total row of a snapshot, per group: among all children, or
 * (`byKind`) among the children of each kind apart. Keyed by `rowKey`.
 */
export function ranksOf(snapshot: SnapshotData, byKind = false): Map<string, Rank> {
  const byGroup = new Map<string, { unitId: string; score: number | null }[]>();
  for (const o of snapshot.observations) {
    if (o.criterion !== null || o.unitId === snapshot.capture.rootUnitId) continue;
    const key = byKind ? `${o.group}|${o.unitKind}` : o.group;
    const rows = byGroup.get(key) ?? [];
    rows.push({ unitId: o.unitId, score: o.score });
    byGroup.set(key, rows);
  }
  const out = new Map<string, Rank>();
  for (const [key, rows] of byGroup) {
    const group = key.split('|')[0];
    for (const [unitId, rank] of rankUnits(rows)) out.set(`${unitId}|${group}|`, rank);
  }
  return out;
}

/**
 * Targets, trends, ranks and ratings for every observation of `current`, judged against the
 * other snapshots of its family (the caller passes the latest revision of each period).
 */
export function analyzeSnapshot(
  current: SnapshotData,
  family: readonly SnapshotData[],
  settings: AnalysisSettings,
): Map<number, AnalyzedObservation> {
  const out = new Map<number, AnalyzedObservation>();
  const period = periodOf(current);
  const scope = current.capture.scope ?? 'all';
  const series = new Map<string, PeriodValue[]>();
  for (const snapshot of family) {
    const p = periodOf(snapshot);
    if (!p || (snapshot.capture.scope ?? 'all') !== scope) continue;
    for (const o of snapshot.observations) {
      const list = series.get(rowKey(o)) ?? [];
      list.push({
        period: p,
        closed: snapshot.capture.periodClosed === true,
        scope,
        value: comparedValue(o),
      });
      series.set(rowKey(o), list);
    }
  }
  const ranks = ranksOf(current);
  const kindRanks = ranksOf(current, true);
  const previous = period
    ? family.find((s) => s.capture.periodKey === periodKey(previousPeriod(period)))
    : undefined;
  const previousRanks = previous ? ranksOf(previous) : new Map<string, Rank>();
  const profile = period ? profileForYear(settings.profiles, period.year) : null;
  const none: Delta = { delta: null, previous: null, comparable: false, reason: 'missing' };

  for (const o of current.observations) {
    const key = rowKey(o);
    const value = comparedValue(o);
    const history = series.get(key) ?? [];
    const rank = ranks.get(key) ?? null;
    out.set(o.id, {
      value,
      target: evaluateTarget(
        o.criterion === null ? null : value,
        ruleFor(profile, o.criterion ?? ''),
      ),
      fullScore: o.criterion === null ? null : fullScoreStatus(value, o.criterion),
      deltaPrev: period ? deltaPrevious(history, period, scope) : none,
      deltaPrevYear: period ? deltaSamePeriodLastYear(history, period, scope) : none,
      rank,
      rankKind: kindRanks.get(key) ?? null,
      rankChange: rank ? rankChange(previousRanks.get(key)?.rank, rank.rank) : null,
      rating: o.group === 'TOTAL' ? rateScore(o.score, settings.bands) : null,
      profileName: profile?.name ?? null,
    });
  }
  return out;
}

/** Groups the latest snapshots into families, each sorted oldest period first. */
export function familiesOf(snapshots: readonly SnapshotData[]): Map<string, SnapshotData[]> {
  const families = new Map<string, SnapshotData[]>();
  for (const snapshot of snapshots) {
    const key = familyKey(snapshot.capture);
    const list = families.get(key) ?? [];
    list.push(snapshot);
    families.set(key, list);
  }
  for (const list of families.values()) {
    list.sort((a, b) => (a.capture.periodKey ?? '').localeCompare(b.capture.periodKey ?? ''));
  }
  return families;
}
