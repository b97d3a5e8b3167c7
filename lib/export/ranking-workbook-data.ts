import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import type { RatingBand } from '../analysis/ratings';
import { profileForYear, type TargetProfile } from '../analysis/targets';
import { type PeerRanking, peerRanking } from '../compare/peer-ranking';
import { type KindFilter, storedPeriodKeys } from '../compare/period-data';
import { type UnitsByCriteria, unitsByCriteria } from '../compare/units-by-criteria';
import { MAX_PERIODS, type UnitsByPeriods, unitsByPeriods } from '../compare/units-by-periods';
import type { Locale } from '../format/vietnamese';
import { type Period, parsePeriodKey, periodKey, previousPeriod } from '../model/period';

/** Everything the ranking workbook prints, computed from stored snapshots by lib/compare. */
export interface RankingWorkbookData {
  peer: PeerRanking;
  /** Units × months of the total, ending with the peer ranking's period; null when not a month. */
  months: UnitsByPeriods | null;
  /** Units × criteria with targets of the same period, the root's own line first. */
  criteria: UnitsByCriteria | null;
  profile: TargetProfile | null;
  bands: readonly RatingBand[];
  /** The unit whose rows are highlighted; null for none. */
  highlightUnitId: string | null;
  generatedAt: Date;
  locale: Locale;
}

export interface RankingWorkbookRequest {
  rootUnitId: string;
  periodKey: string;
  kind?: KindFilter;
  rankAmong?: 'kind' | 'children';
  highlightUnitId?: string | null;
  /** How many months the "Theo tháng" sheet goes back, this one included; default 12. */
  months?: number;
  locale?: Locale;
}

function monthsBack(to: Period, count: number): Period {
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
  const months =
    period.type === 'month'
      ? unitsByPeriods(snapshots, settings, {
          rootUnitId: request.rootUnitId,
          measure: { type: 'total' },
          periodType: 'month',
          to: request.periodKey,
          // Only months that exist in the store widen the sheet, so a new user sees one column.
          from: earliestStored(
            snapshots,
            request.rootUnitId,
            monthsBack(period, request.months ?? 12),
            period,
          ),
          kind,
        })
      : null;
  const criteria = unitsByCriteria(snapshots, settings, {
    rootUnitId: request.rootUnitId,
    periodKey: request.periodKey,
    kind,
    withTargetOnly: true,
    includeRoot: true,
  });
  return {
    peer,
    months,
    criteria,
    profile: profileForYear(settings.profiles, period.year),
    bands: settings.bands,
    highlightUnitId: request.highlightUnitId ?? null,
    generatedAt,
    locale: request.locale ?? 'vi',
  };
}

/** The first month between `from` and `to` with something stored for the root. */
function earliestStored(
  snapshots: readonly SnapshotData[],
  rootUnitId: string,
  from: Period,
  to: Period,
): string {
  const [lo, hi] = [periodKey(from), periodKey(to)];
  const keys = storedPeriodKeys(snapshots, rootUnitId, 'month').filter((k) => k >= lo && k <= hi);
  return keys[0] ?? hi;
}
