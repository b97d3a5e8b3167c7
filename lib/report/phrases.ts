import type { Locale } from '../format/vietnamese';
import type { UnitKind } from '../model/observation';
import type { Period } from '../model/period';
import type { AppendixSection, DataGap, ReportCriterion } from './report-model';

/**
 * Everything a report says in words, per locale. The wording follows real reports
 * (reports.md §1); the numbers arrive already formatted, so a phrase never decides how a
 * number looks.
 */
export interface Phrases {
  locale: Locale;
  title: string;
  /** Used where a unit has no stored name. */
  unknownUnit: string;
  periodLabel(period: Period): string;
  subject(unit: string, period: string): string;
  source(period: string): string;
  headline(a: {
    unit: string;
    total: string;
    summed: boolean;
    rank: string | null;
    rating: string | null;
  }): string;
  rank(rank: number, of: number, kind: UnitKind): string;
  noTotal(unit: string, missingGroups: string[]): string;
  noData(unit: string, period: string): string;
  /** "So với tháng 07/2026: tăng 5,98 điểm" for each comparison, joined. */
  comparisons(parts: { against: string; change: string }[]): string;
  change(kind: 'up' | 'down' | 'same', size: string): string;
  notComparable(reason: 'missing' | 'provisional' | 'no-data'): string;
  samePeriodLastYear(period: string): string;
  asOf(time: string): string;
  provisional(period: string): string;
  closedSince: string;
  /** Some numbers were imported from a file, not captured from the portal. */
  imported: string;
  groupsLead(previous: string | null): string;
  group(name: string, score: string, max: string, change: string | null): string;
  groupMissing(name: string): string;
  belowLead(profile: string): string;
  below(c: ReportCriterion, f: Formatted): string;
  allMet(profile: string): string;
  metLead: string;
  met(c: ReportCriterion, f: Formatted): string;
  noDataLead: string;
  noDataItem(name: string, target: string): string;
  seeAppendix: string;
  monthLead(year: number): string;
  monthHeader: string[];
  provisionalMark: string;
  notesLead: string;
  gap(
    gap: DataGap,
    c: { unit: string; kind: UnitKind | null; criteria: string[]; previous: string },
  ): string | null;
  ratingNote: string;
  closing(unit: string, period: string): string;
  appendixTitle: string;
  appendixSubtitle(unit: string, period: string): string;
  appendixCaption(n: number, s: AppendixSection, target: string): string;
  appendixHeader(s: AppendixSection): string[];
}

/** The numbers of one criterion, formatted for the locale. */
export interface Formatted {
  value: string;
  target: string;
  shortfall: string;
  needed: string | null;
  denominator: string | null;
}

/** Lower-cases only the first letter, for a group name inside a sentence. */
export function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
