import type { FlagCode } from '../model/flag-code';
import type { Subject } from '../model/groups';
import { NATION_UNIT_ID, type Scope } from '../model/observation';
import { type Period, parsePeriodKey } from '../model/period';

/** What the official is looking at on the portal: a root unit, a period and a scope. */
export interface PortalView {
  rootUnitId: string;
  rootName: string | null;
  period: Period;
  scope: Scope;
}

/** A view plus the portal tab it is shown in and what the page shows of it. */
export interface TabView extends PortalView {
  tabId: number;
  pageUrl: string;
  seenAt: string;
  /** `2026-08`, `2026-Q3`, `2026`: the period as snapshots key it. */
  periodKey: string;
  /** What the page shows: one group's table, or the summary (TOTAL). */
  subject: Subject;
  /** The snapshot whose badges the tab draws. */
  snapshotKey: string;
  /**
   * Why the page's latest answer for this view was not stored (a 404 for a period with no
   * data, a rejection page…); absent when it was understood.
   */
  flag?: FlagCode | null;
}

/** What one stored capture says about the view of the page it came from. */
export interface CapturedView {
  subject: Subject | null;
  rootUnitId: string | null;
  rootName: string | null;
  periodKey: string | null;
  scope: Scope | null;
  snapshotKey: string | null;
  observedAt: string;
  pageUrl: string;
  /** Why the capture was flagged; null when it was understood. */
  flag?: FlagCode | null;
}

/**
 * The view a capture shows, when it is a province-level view of a group or of the summary,
 * understood or not (the page moved there either way); null for the catalogue, the national
 * summary and a capture whose request says no view.
 */
export function tabViewOf(captured: CapturedView, tabId: number): TabView | null {
  const { subject, rootUnitId, periodKey, scope, snapshotKey } = captured;
  if (!subject || subject === 'CATALOGUE') return null;
  if (!rootUnitId || rootUnitId === NATION_UNIT_ID || !periodKey || !scope || !snapshotKey) {
    return null;
  }
  const period = parsePeriodKey(periodKey);
  if (!period) return null;
  return {
    tabId,
    pageUrl: captured.pageUrl,
    seenAt: captured.observedAt,
    rootUnitId,
    rootName: captured.rootName,
    period,
    periodKey,
    scope,
    subject,
    snapshotKey,
    flag: captured.flag ?? null,
  };
}
