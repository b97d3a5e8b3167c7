import type { AnalysisSettings, SnapshotData } from '../analysis/analyze-snapshot';
import { profileForYear } from '../analysis/targets';
import {
  type Delta,
  deltaPrevious,
  deltaSamePeriodLastYear,
  type PeriodValue,
} from '../analysis/trends';
import type { UnitTotal } from '../analysis/unit-total';
import { GROUPS } from '../model/groups';
import {
  isPeriodClosed,
  type Period,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  samePeriodLastYear,
} from '../model/period';
import { type Appendix, buildAppendix } from './appendix';
import { criterionRowsOf, judgeCriteria } from './criteria-targets';
import { buildMonthTable, ratingOf } from './month-table';
import { indexPeriod, isLater, type PeriodIndex, totalOf } from './period-index';
import type { DataGap, ReportGroup, ReportModel, ReportUnit } from './report-model';
import { type SiblingRankResult, siblingRank } from './sibling-rank';

export interface ReportInput {
  /** Latest revision of every snapshot (as `latestSnapshotsWithObservations` returns them). */
  snapshots: readonly SnapshotData[];
  unitId: string;
  /** A period or its key: `2026-08`, `2026-Q3`, `2026`. */
  period: Period | string;
  settings: AnalysisSettings;
  now: Date;
}

/** The unit as the newest capture that mentions it names it, in any period. */
function describeUnit(snapshots: readonly SnapshotData[], unitId: string): ReportUnit {
  let found: ReportUnit = { id: unitId, name: null, code: null, kind: null };
  let newest = '';
  for (const { capture, observations } of snapshots) {
    if (newest && !isLater(capture.observedAt, newest)) continue;
    const row = observations.find((o) => o.unitId === unitId);
    if (!row) continue;
    newest = capture.observedAt;
    found = { id: unitId, name: row.unitName, code: row.unitCode, kind: row.unitKind };
  }
  return found;
}

function totalValue(index: PeriodIndex, unitId: string, period: Period): PeriodValue[] {
  const facts = index.units.get(unitId);
  if (!facts) return [];
  const total = totalOf(facts);
  const closed = total.source ? total.closed : facts.captures.every((c) => c.periodClosed === true);
  return [{ period, closed, scope: 'all', value: total.score }];
}

function groupValue(
  index: PeriodIndex,
  unitId: string,
  period: Period,
  group: (typeof GROUPS)[number]['code'],
): PeriodValue[] {
  const row = index.units.get(unitId)?.groups.get(group);
  return row ? [{ period, closed: row.closed, scope: 'all', value: row.score }] : [];
}

/** What the report cannot rest on, in the order the notes state it. */
function gapsOf(f: {
  hasData: boolean;
  total: UnitTotal;
  rank: SiblingRankResult;
  previousStored: boolean;
  previousKey: string;
  profileMissing: boolean;
  year: number;
  criteriaStored: boolean;
  mayHaveChildren: boolean;
  below: number;
  appendix: Appendix;
}): DataGap[] {
  const gaps: DataGap[] = [];
  if (f.profileMissing) gaps.push({ kind: 'no-target-profile', year: f.year });
  if (!f.hasData) return [{ kind: 'no-data' }, ...gaps];
  if (f.total.score === null)
    gaps.unshift({ kind: 'missing-groups', groups: f.total.missingGroups });
  // Without a total of its own the unit has no rank, and the missing groups already say why.
  if (!f.rank.ok && f.rank.reason !== 'no-total') gaps.push({ kind: f.rank.reason });
  if (!f.previousStored) gaps.push({ kind: 'no-previous-period', periodKey: f.previousKey });
  if (!f.criteriaStored) gaps.push({ kind: 'no-criteria-data' });
  if (f.mayHaveChildren && f.below > 0 && !f.appendix.hasChildren) {
    gaps.push({ kind: 'no-children-data' });
  }
  if (f.appendix.provinceCopies.length > 0) {
    gaps.push({ kind: 'province-values-on-children', criteria: f.appendix.provinceCopies });
  }
  return gaps;
}

export function buildReport(input: ReportInput): ReportModel {
  const { snapshots, unitId, settings } = input;
  const period = typeof input.period === 'string' ? parsePeriodKey(input.period) : input.period;
  if (!period) throw new Error(`report: unknown period "${String(input.period)}"`);
  const key = periodKey(period);
  const prevPeriod = previousPeriod(period);
  const yearAgo = samePeriodLastYear(period);
  const current = indexPeriod(snapshots, key);
  const previous = indexPeriod(snapshots, periodKey(prevPeriod));
  const lastYear = indexPeriod(snapshots, periodKey(yearAgo));
  const facts = current.units.get(unitId);
  const hasData = facts !== undefined;

  const total = totalOf(facts);
  const totalSeries = [
    ...totalValue(lastYear, unitId, yearAgo),
    ...totalValue(previous, unitId, prevPeriod),
    ...totalValue(current, unitId, period),
  ];
  const groups: ReportGroup[] = GROUPS.map((g) => {
    const row = facts?.groups.get(g.code);
    const series = [
      ...groupValue(previous, unitId, prevPeriod, g.code),
      ...groupValue(current, unitId, period, g.code),
    ];
    const deltaPrev: Delta = deltaPrevious(series, period);
    return {
      code: g.code,
      name: g.name,
      nameEn: g.nameEn,
      max: g.maxScore,
      score: row?.score ?? null,
      stored: row !== undefined,
      deltaPrev,
    };
  });

  const rank = siblingRank(current, unitId);
  const profile = profileForYear(settings.profiles, period.year);
  const criterionRows = criterionRowsOf(current.snapshots, unitId);
  const judged = judgeCriteria(criterionRows, profile);
  const appendix = buildAppendix(current, unitId, judged.below);
  const known = new Map([
    [key, current],
    [periodKey(prevPeriod), previous],
  ]);
  const monthTable = buildMonthTable(snapshots, unitId, period, settings.bands, known);
  const unit = describeUnit(snapshots, unitId);

  const gaps = gapsOf({
    hasData,
    total,
    rank,
    previousStored: previous.units.has(unitId),
    previousKey: periodKey(prevPeriod),
    profileMissing: profile === null,
    year: period.year,
    criteriaStored: criterionRows.size > 0,
    mayHaveChildren: unit.kind === 'PROVINCE' || unit.kind === 'NATION',
    below: judged.below.length,
    appendix,
  });

  const captures = facts?.captures ?? [];
  const capturedAt = captures.reduce<string | null>(
    (newest, c) => (newest === null || isLater(c.observedAt, newest) ? c.observedAt : newest),
    null,
  );
  return {
    unit,
    period,
    periodKey: key,
    generatedAt: input.now.toISOString(),
    hasData,
    total: {
      score: total.score,
      max: 100,
      source: total.source,
      missingGroups: total.score === null && hasData ? total.missingGroups : [],
      rating: ratingOf(total.score, settings.bands),
      deltaPrev: deltaPrevious(totalSeries, period),
      deltaPrevYear: deltaSamePeriodLastYear(totalSeries, period),
    },
    rank: rank.ok ? rank.rank : null,
    groups,
    profile: profile ? { name: profile.name, source: profile.source } : null,
    belowTarget: judged.below,
    metTarget: judged.met,
    targetNoData: judged.noData,
    appendix: appendix.sections,
    monthTable,
    asOf: {
      capturedAt,
      provisional: captures.some((c) => c.periodClosed !== true),
      periodClosedNow: isPeriodClosed(period, input.now),
      imported:
        captures.some((c) => c.source === 'import') ||
        current.snapshots.some((s) =>
          s.observations.some((o) => o.unitId === unitId && o.source === 'import'),
        ),
    },
    gaps,
  };
}
