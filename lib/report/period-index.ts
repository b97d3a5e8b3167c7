import type { SnapshotData } from '../analysis/analyze-snapshot';
import { type UnitTotal, unitTotal } from '../analysis/unit-total';
import type { CaptureRecord, ObservationRecord } from '../db/database';
import { GROUP_CODES, type GroupCode } from '../model/groups';
import type { UnitKind } from '../model/observation';

/**
 * Everything one period's snapshots say about each unit's total and six group scores, from
 * whichever snapshot says it: a province's groups come from its own group captures (it is
 * their root) or from the national summary (it is a child there); a commune's only from its
 * province's snapshots. One index per period serves the unit, its siblings and its children.
 */

const isGroup = (subject: string | null | undefined): subject is GroupCode =>
  (GROUP_CODES as readonly (string | null | undefined)[]).includes(subject);

export interface ScoreRow {
  score: number | null;
  /** The period had ended when this row was captured. */
  closed: boolean;
  observedAt: string;
  /** From the group's own capture (true) or from the summary's copy of it (false). */
  fromGroupCapture: boolean;
}

export interface UnitFacts {
  unitId: string;
  name: string;
  code: string | null;
  kind: UnitKind;
  /** Roots of the snapshots that list this unit as one of their children. */
  parents: Set<string>;
  /** The unit is the root of at least one snapshot of the period. */
  isRoot: boolean;
  portalTotal: ScoreRow | null;
  groups: Map<GroupCode, ScoreRow>;
  /** Every capture of the period that mentions the unit. */
  captures: CaptureRecord[];
}

export interface PeriodIndex {
  periodKey: string;
  snapshots: SnapshotData[];
  units: Map<string, UnitFacts>;
}

/** Latest revision of each snapshot of the period, whole scope only (a TTHC filter is not the unit's result). */
export function snapshotsOfPeriod(
  snapshots: readonly SnapshotData[],
  periodKey: string,
): SnapshotData[] {
  return snapshots.filter(
    (s) => s.capture.periodKey === periodKey && (s.capture.scope ?? 'all') === 'all',
  );
}

/**
 * Whether instant `a` is after `b`. Stored instants come as the tap or an import wrote them
 * (`…Z`, `…+00:00`, with or without microseconds), so they are compared as times, not text.
 */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/** The group's own capture beats the summary's copy of the same score; then the newer capture wins. */
function better(candidate: ScoreRow, current: ScoreRow | null | undefined): boolean {
  if (!current) return true;
  if (candidate.fromGroupCapture !== current.fromGroupCapture) return candidate.fromGroupCapture;
  return isLater(candidate.observedAt, current.observedAt);
}

function factsFor(
  units: Map<string, UnitFacts>,
  o: ObservationRecord,
  capture: CaptureRecord,
): UnitFacts {
  let facts = units.get(o.unitId);
  if (!facts) {
    facts = {
      unitId: o.unitId,
      name: o.unitName,
      code: o.unitCode,
      kind: o.unitKind,
      parents: new Set(),
      isRoot: false,
      portalTotal: null,
      groups: new Map(),
      captures: [],
    };
    units.set(o.unitId, facts);
  }
  if (!facts.captures.includes(capture)) facts.captures.push(capture);
  // Some endpoints omit codes (handling-satisfaction does); another capture may know it.
  facts.code ??= o.unitCode;
  if (o.unitId === capture.rootUnitId) facts.isRoot = true;
  else if (capture.rootUnitId) facts.parents.add(capture.rootUnitId);
  return facts;
}

export function indexPeriod(snapshots: readonly SnapshotData[], periodKey: string): PeriodIndex {
  const mine = snapshotsOfPeriod(snapshots, periodKey);
  const units = new Map<string, UnitFacts>();
  for (const { capture, observations } of mine) {
    // What the capture is about, in the index's terms: the summary (TOTAL) or one group.
    const summary = capture.subject === 'TOTAL';
    const ownGroup = isGroup(capture.subject) ? capture.subject : null;
    if (!summary && !ownGroup) continue;
    for (const o of observations) {
      const facts = factsFor(units, o, capture);
      if (o.criterion !== null) continue;
      const row: ScoreRow = {
        score: o.score,
        closed: capture.periodClosed === true,
        observedAt: capture.observedAt,
        fromGroupCapture: !summary,
      };
      if (o.group === 'TOTAL') {
        if (summary && better(row, facts.portalTotal)) facts.portalTotal = row;
        continue;
      }
      // A group's capture totals its own group; the summary lists all six by code.
      const group = summary ? o.group : ownGroup;
      if (group && group === o.group && better(row, facts.groups.get(group))) {
        facts.groups.set(group, row);
      }
    }
  }
  return { periodKey, snapshots: mine, units };
}

/**
 * The unit's total out of 100 by the one rule (lib/analysis/unit-total): the portal's where
 * captured, otherwise the sum of six groups when all six have a score.
 */
export function totalOf(facts: UnitFacts | undefined): UnitTotal {
  if (!facts) return unitTotal(null, () => null);
  return unitTotal(facts.portalTotal, (group) => facts.groups.get(group));
}
