import type { SnapshotData } from '../analysis/analyze-snapshot';
import type { Delta } from '../analysis/trends';
import type { TotalSource } from '../analysis/unit-total';
import type { GroupCode } from '../model/groups';
import type { UnitKind } from '../model/observation';
import type { Period } from '../model/period';
import type { ItemWord } from './item-words';

/**
 * The monthly report of one unit for one period, as plain data: every number the text, the
 * HTML and the .docx say, and every gap in the data they must admit. Nothing here is
 * formatted; `null` always means "not stored / no value", never 0.
 */

export interface ReportUnit {
  id: string;
  /** null when no snapshot names the unit at all. */
  name: string | null;
  code: string | null;
  /** null when no snapshot names the unit at all. */
  kind: UnitKind | null;
}

export interface ReportRating {
  label: string;
  labelEn: string | null;
}

export interface ReportTotal {
  /** Out of 100, two decimals; null when neither the portal's TOTAL nor all six groups are stored. */
  score: number | null;
  max: 100;
  source: TotalSource | null;
  /** Groups without a score, when the total had to be summed and could not be. */
  missingGroups: GroupCode[];
  rating: ReportRating | null;
  deltaPrev: Delta;
  deltaPrevYear: Delta;
}

export interface ReportRank {
  rank: number;
  of: number;
  /** The kind the unit was ranked among (provinces, agencies or communes). */
  kind: UnitKind;
  parentId: string;
  parentName: string | null;
  /** Ranked on the portal's totals, or on sums of the six groups computed here. */
  source: TotalSource;
}

export interface ReportGroup {
  code: GroupCode;
  name: string;
  nameEn: string;
  max: number;
  score: number | null;
  /** False when no snapshot of the period holds this group for the unit. */
  stored: boolean;
  deltaPrev: Delta;
}

/** A criterion judged against the target profile of the period's year. */
export interface ReportCriterion {
  code: string;
  name: string;
  nameEn: string;
  group: GroupCode;
  /** Ratio computed by the extension from the portal's counts. */
  derived: boolean;
  /** Percent. */
  value: number;
  target: number;
  /** value − target in percentage points (negative when short), unrounded. */
  gap: number;
  numerator: number | null;
  denominator: number | null;
  /** More counted items needed at the same denominator; null when the ratio is not a count share. */
  needed: number | null;
  itemWord: ItemWord;
}

/** A criterion with a target but nothing to judge it on (no value, or 0 ÷ 0). */
export interface ReportCriterionNoData {
  code: string;
  name: string;
  nameEn: string;
  target: number;
}

export interface AppendixRow {
  unitId: string;
  name: string;
  code: string | null;
  kind: UnitKind;
  value: number;
  gap: number;
  numerator: number | null;
  denominator: number | null;
  needed: number | null;
}

export interface AppendixSection {
  code: string;
  name: string;
  nameEn: string;
  target: number;
  itemWord: ItemWord;
  /** Worst first. */
  rows: AppendixRow[];
  /** Children with a row for this criterion but no value to judge. */
  childrenWithoutData: number;
  /** Children judged (with a value). */
  childrenJudged: number;
}

export interface MonthRow {
  periodKey: string;
  month: number;
  total: number | null;
  totalSource: TotalSource | null;
  rating: ReportRating | null;
  rank: { rank: number; of: number } | null;
  /** Captured while the month was still open. */
  provisional: boolean;
}

export interface ReportAsOf {
  /** observedAt (ISO) of the newest capture used for the period; null without data. */
  capturedAt: string | null;
  /** A capture used was taken while the period was still open: numbers were provisional. */
  provisional: boolean;
  /** Whether the period had ended in Vietnam at `generatedAt`. */
  periodClosedNow: boolean;
  /** Some of the unit's numbers were imported (lib/import), not captured from the portal. */
  imported: boolean;
}

/** Data the report could not rest on, said plainly instead of guessed. */
export type DataGap =
  | { kind: 'no-data' }
  | { kind: 'missing-groups'; groups: GroupCode[] }
  | { kind: 'no-siblings' }
  | { kind: 'siblings-without-total' }
  | { kind: 'no-previous-period'; periodKey: string }
  | { kind: 'no-target-profile'; year: number }
  | { kind: 'no-children-data' }
  /** Only totals are stored (a summary), no criterion of any group. */
  | { kind: 'no-criteria-data' }
  | { kind: 'province-values-on-children'; criteria: string[] };

export interface ReportModel {
  unit: ReportUnit;
  period: Period;
  periodKey: string;
  /** ISO instant the report was built (the caller's `now`). */
  generatedAt: string;
  hasData: boolean;
  total: ReportTotal;
  rank: ReportRank | null;
  groups: ReportGroup[];
  profile: { name: string; source: string } | null;
  belowTarget: ReportCriterion[];
  metTarget: ReportCriterion[];
  targetNoData: ReportCriterionNoData[];
  /** One section per below-target criterion that children were judged on. */
  appendix: AppendixSection[];
  /** Stored months of the period's year up to the period's end, oldest first. */
  monthTable: MonthRow[];
  asOf: ReportAsOf;
  gaps: DataGap[];
}

export type { SnapshotData };
