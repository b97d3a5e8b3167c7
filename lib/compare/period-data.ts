import type { SnapshotData } from '../analysis/analyze-snapshot';
import { type TotalSource, unitTotal } from '../analysis/unit-total';
import type { ObservationRecord } from '../db/database';
import { GROUP_CODES, type GroupCode, type Subject } from '../model/groups';
import type { Scope, UnitKind } from '../model/observation';
import { type Period, type PeriodType, parsePeriodKey } from '../model/period';

/**
 * What one root unit's snapshots say about one period, indexed for the comparison tables: the
 * six group endpoints and, when captured, the summary (service-results). Pure: the caller
 * passes the latest revision of every snapshot (lib/db/snapshots.ts).
 */

/** Which children a table shows: all of them, or the agencies or the communes only. */
export type KindFilter = 'all' | 'AGENCY' | 'COMMUNE';

export interface UnitRef {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
}

export interface CaptureTime {
  /** What was captured: a group, or TOTAL for the summary. */
  subject: Subject | null;
  endpoint: string;
  observedAt: string;
  periodClosed: boolean | null;
}

/** A value with whether the period had ended when it was captured; null closed = not captured. */
export interface StoredValue {
  value: number | null;
  closed: boolean | null;
}

interface Entry {
  observation: ObservationRecord;
  closed: boolean;
}

export interface PeriodData {
  rootUnitId: string;
  periodKey: string;
  period: Period;
  scope: Scope;
  root: UnitRef | null;
  /** The root's children seen in any snapshot of the period, in the order first seen. */
  children: UnitRef[];
  /** Groups with a stored snapshot (their endpoint, or the summary's groupScores). */
  groups: ReadonlySet<GroupCode>;
  hasSummary: boolean;
  /** Every snapshot used: capture times for the notes, closed-ness for comparisons. */
  captures: CaptureTime[];
  /** `unitId|group|criterion`; a group endpoint's row beats the summary's copy of it. */
  index: ReadonlyMap<string, Entry>;
}

const isGroupCode = (g: string | null): g is GroupCode =>
  (GROUP_CODES as readonly (string | null)[]).includes(g);

/** Only the summary and the six groups say anything a comparison table shows. */
const isComparable = (subject: Subject | null) => subject === 'TOTAL' || isGroupCode(subject);

const keyOf = (unitId: string, group: string, criterion: string | null) =>
  `${unitId}|${group}|${criterion ?? ''}`;

const unitOf = (o: ObservationRecord): UnitRef => ({
  id: o.unitId,
  code: o.unitCode,
  name: o.unitName,
  kind: o.unitKind,
});

function belongs(s: SnapshotData, rootUnitId: string, scope: Scope): boolean {
  return s.capture.rootUnitId === rootUnitId && (s.capture.scope ?? 'all') === scope;
}

/** Period keys stored for the root, of one type, oldest first. */
export function storedPeriodKeys(
  snapshots: readonly SnapshotData[],
  rootUnitId: string,
  type: PeriodType,
  scope: Scope = 'all',
): string[] {
  const keys = new Set<string>();
  for (const s of snapshots) {
    const key = s.capture.periodKey;
    if (!key || !belongs(s, rootUnitId, scope) || !isComparable(s.capture.subject)) continue;
    if (parsePeriodKey(key)?.type === type) keys.add(key);
  }
  return [...keys].sort();
}

/** Null when nothing is stored for that root, period and scope. */
export function periodData(
  snapshots: readonly SnapshotData[],
  rootUnitId: string,
  periodKey: string,
  scope: Scope = 'all',
): PeriodData | null {
  const period = parsePeriodKey(periodKey);
  if (!period) return null;
  // One snapshot per subject; should a caller pass several revisions, the newest counts.
  const bySubject = new Map<Subject, SnapshotData>();
  for (const s of snapshots) {
    const subject = s.capture.subject;
    if (s.capture.periodKey !== periodKey || !belongs(s, rootUnitId, scope)) continue;
    if (!subject || !isComparable(subject)) continue;
    const known = bySubject.get(subject);
    if (!known || known.capture.observedAt < s.capture.observedAt) bySubject.set(subject, s);
  }

  const index = new Map<string, Entry>();
  const groups = new Set<GroupCode>();
  const units = new Map<string, UnitRef>();
  const summary = bySubject.get('TOTAL');
  const others = GROUP_CODES.flatMap((g) => bySubject.get(g) ?? []);
  // The summary first, so that a group endpoint's own row overwrites the summary's copy.
  const used = summary ? [summary, ...others] : others;
  if (used.length === 0) return null;
  for (const s of used) {
    const closed = s.capture.periodClosed === true;
    const group = s.capture.subject;
    if (isGroupCode(group)) groups.add(group);
    for (const o of s.observations) {
      const known = units.get(o.unitId);
      // Metric endpoints often omit the code that the tree endpoints give: keep the first one.
      if (!known) units.set(o.unitId, unitOf(o));
      else if (known.code === null && o.unitCode !== null) known.code = o.unitCode;
      if (s === summary && o.criterion === null && isGroupCode(o.group)) groups.add(o.group);
      index.set(keyOf(o.unitId, o.group, o.criterion), { observation: o, closed });
    }
  }
  return {
    rootUnitId,
    periodKey,
    period,
    scope,
    root: units.get(rootUnitId) ?? null,
    children: [...units.values()].filter((u) => u.id !== rootUnitId),
    groups,
    hasSummary: summary !== undefined,
    captures: used.map((s) => ({
      subject: s.capture.subject,
      endpoint: s.capture.endpoint,
      observedAt: s.capture.observedAt,
      periodClosed: s.capture.periodClosed,
    })),
    index,
  };
}

/** Children of the requested kind; `all` keeps every child. */
export function childrenOfKind(data: PeriodData, kind: KindFilter): UnitRef[] {
  return kind === 'all' ? data.children : data.children.filter((u) => u.kind === kind);
}

/** The stored row of a unit for a group total (criterion null) or one criterion. */
export function observationOf(
  data: PeriodData,
  unitId: string,
  group: string,
  criterion: string | null,
): { observation: ObservationRecord; closed: boolean } | null {
  return data.index.get(keyOf(unitId, group, criterion)) ?? null;
}

export function groupScore(data: PeriodData, group: GroupCode, unitId: string): StoredValue {
  const entry = observationOf(data, unitId, group, null);
  return entry ? { value: entry.observation.score, closed: entry.closed } : NOT_STORED;
}

const NOT_STORED: StoredValue = { value: null, closed: null };

/** A unit's total out of 100 by the one rule (lib/analysis/unit-total). */
export function totalOf(
  data: PeriodData,
  unitId: string,
): StoredValue & { source: TotalSource | null } {
  const portal = observationOf(data, unitId, 'TOTAL', null);
  const total = unitTotal(
    portal && { score: portal.observation.score, closed: portal.closed },
    (group) => {
      const stored = groupScore(data, group, unitId);
      return stored.closed === null ? null : { score: stored.value, closed: stored.closed };
    },
  );
  if (total.score === null) {
    // Not stored at all (closed null) reads as a missing period; stored without a value as no data.
    const first = total.missingGroups[0];
    const closed = first ? groupScore(data, first, unitId).closed : null;
    return { value: null, closed, source: null };
  }
  return { value: total.score, closed: total.closed, source: total.source };
}

/** Whether every snapshot of the period was captured after the period had ended. */
export function periodClosed(data: PeriodData): boolean {
  return data.captures.every((c) => c.periodClosed === true);
}
