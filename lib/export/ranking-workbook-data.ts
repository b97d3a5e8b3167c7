import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import type { RatingBand } from '../analysis/ratings';
import { profileForYear, type TargetProfile } from '../analysis/targets';
import { type PeerRanking, peerRanking } from '../compare/peer-ranking';
import { type KindFilter, storedPeriodKeys } from '../compare/period-data';
import { type UnitsByCriteria, unitsByCriteria } from '../compare/units-by-criteria';
import { MAX_PERIODS, type UnitsByPeriods, unitsByPeriods } from '../compare/units-by-periods';
import { type Period, parsePeriodKey, periodKey, previousPeriod } from '../model/period';

/** Everything the ranking workbook prints, computed from stored snapshots by lib/compare. */
export interface RankingWorkbookData {
  peer: PeerRanking;
  /** Units × periods of the total, of the peer ranking's period type, ending with its period. */
  periods: UnitsByPeriods | null;
  /** Units × criteria with targets of the same period, the root's own line first. */
  criteria: UnitsByCriteria | null;
  profile: TargetProfile | null;
  bands: readonly RatingBand[];
  /** The unit whose rows are highlighted; null for none. */
  highlightUnitId: string | null;
  generatedAt: Date;
}

export interface RankingWorkbookRequest {
  rootUnitId: string;
  periodKey: string;
  kind?: KindFilter;
  rankAmong?: 'kind' | 'children';
  highlightUnitId?: string | null;
  /** How many periods the "Theo tháng" sheet goes back, this one included; default 12. */
  periods?: number;
}

function periodsBack(to: Period, count: number): Period {
  let from = to;
  for (let i = 1; i < Math.min(Math.max(count, 1), MAX_PERIODS); i++) from = previousPeriod(from);
  return from;
}

/** Null when nothing is stored for that root and period. */
export function rankingWorkbookData(
  snapshots: readonly SnapshotData[],
  settings: AnalysisSettings,
  request: RankingWorkbookRequest,
  generatedAt: Date,
): RankingWorkbookData | null {
  const kind = request.kind ?? 'all';
  const peer = peerRanking(snapshots, settings, {
    rootUnitId: request.rootUnitId,
    periodKey: request.periodKey,
    kind,
    rankAmong: request.rankAmong ?? 'kind',
  });
  const period = parsePeriodKey(request.periodKey);
  if (!peer || !period) return null;
  const periods = unitsByPeriods(snapshots, settings, {
    rootUnitId: request.rootUnitId,
    measure: { type: 'total' },
    periodType: period.type,
    to: request.periodKey,
    // Only periods that exist in the store widen the sheet, so a new user sees one column.
    from: earliestStored(
      snapshots,
      request.rootUnitId,
      periodsBack(period, request.periods ?? 12),
      period,
    ),
    kind,
  });
  const criteria = unitsByCriteria(snapshots, settings, {
    rootUnitId: request.rootUnitId,
    periodKey: request.periodKey,
    kind,
    withTargetOnly: true,
    includeRoot: true,
  });
  return {
    peer,
    periods,
    criteria,
    profile: profileForYear(settings.profiles, period.year),
    bands: settings.bands,
    highlightUnitId: request.highlightUnitId ?? null,
    generatedAt,
  };
}

/** The first period between `from` and `to` (one type) with something stored for the root. */
function earliestStored(
  snapshots: readonly SnapshotData[],
  rootUnitId: string,
  from: Period,
  to: Period,
): string {
  const [lo, hi] = [periodKey(from), periodKey(to)];
  // Keys of one type sort chronologically as text: 2025-12 < 2026-01, 2025-Q4 < 2026-Q1.
  const keys = storedPeriodKeys(snapshots, rootUnitId, to.type).filter((k) => k >= lo && k <= hi);
  return keys[0] ?? hi;
}
