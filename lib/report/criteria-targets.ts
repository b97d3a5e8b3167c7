import { comparedValue, type SnapshotData } from '../analysis/analyze-snapshot';
import { evaluateTarget, type TargetEvaluation } from '../analysis/evaluate';
import { ruleFor, type TargetProfile } from '../analysis/targets';
import type { ObservationRecord } from '../db/database';
import { CRITERIA, criterionInfo } from '../model/criteria';
import { GROUP_CODES, type GroupCode } from '../model/groups';
import { itemWordOf } from './item-words';
import { itemsNeeded } from './items-needed';
import { isLater } from './period-index';
import type { ReportCriterion, ReportCriterionNoData } from './report-model';

/**
 * The unit's criteria judged against the target profile of the period's year: those below
 * target (with what it takes to reach it), those met, and those with a target but nothing to
 * judge (0 ÷ 0 or no value: not a failure).
 */

interface Located {
  row: ObservationRecord;
  ownRoot: boolean;
  observedAt: string;
}

/**
 * One row per criterion: a snapshot the unit is the root of comes first, because the root
 * row carries the counts (children of a tree endpoint have none); then the newer capture.
 */
export function criterionRowsOf(
  periodSnapshots: readonly SnapshotData[],
  unitId: string,
): Map<string, ObservationRecord> {
  const best = new Map<string, Located>();
  for (const { capture, observations } of periodSnapshots) {
    const ownRoot = capture.rootUnitId === unitId;
    for (const row of observations) {
      if (row.unitId !== unitId || row.criterion === null) continue;
      const current = best.get(row.criterion);
      const wins =
        !current ||
        (ownRoot !== current.ownRoot ? ownRoot : isLater(capture.observedAt, current.observedAt));
      if (wins) best.set(row.criterion, { row, ownRoot, observedAt: capture.observedAt });
    }
  }
  return new Map([...best].map(([code, located]) => [code, located.row]));
}

const CATALOGUE_ORDER = new Map(CRITERIA.map((c, i) => [c.code, i]));
const groupOrder = (group: string) => GROUP_CODES.indexOf(group as GroupCode);

function byCatalogue(a: ObservationRecord, b: ObservationRecord): number {
  const order = (code: string | null) => CATALOGUE_ORDER.get(code ?? '') ?? Number.MAX_SAFE_INTEGER;
  return (
    groupOrder(a.group) - groupOrder(b.group) ||
    order(a.criterion) - order(b.criterion) ||
    (a.criterion ?? '').localeCompare(b.criterion ?? '')
  );
}

function describe(code: string) {
  const info = criterionInfo(code);
  return { code, name: info?.name ?? code, nameEn: info?.nameEn ?? code };
}

/** A judged row with a value and a target, in the model's shape. */
export function judgedCriterion(
  row: ObservationRecord,
  evaluation: TargetEvaluation,
): ReportCriterion | null {
  const value = comparedValue(row);
  const code = row.criterion;
  if (code === null || value === null || evaluation.target === null || evaluation.gap === null) {
    return null;
  }
  return {
    ...describe(code),
    group: row.group as GroupCode,
    derived: row.derived,
    value,
    target: evaluation.target,
    gap: evaluation.gap,
    numerator: row.numerator,
    denominator: row.denominator,
    needed: itemsNeeded(row.numerator, row.denominator, evaluation.target, value),
    itemWord: itemWordOf(code),
  };
}

export interface JudgedCriteria {
  below: ReportCriterion[];
  met: ReportCriterion[];
  noData: ReportCriterionNoData[];
}

export function judgeCriteria(
  rows: ReadonlyMap<string, ObservationRecord>,
  profile: TargetProfile | null,
): JudgedCriteria {
  const out: JudgedCriteria = { below: [], met: [], noData: [] };
  for (const row of [...rows.values()].sort(byCatalogue)) {
    const code = row.criterion;
    const rule = code === null ? null : ruleFor(profile, code);
    if (code === null || !rule) continue;
    const evaluation = evaluateTarget(comparedValue(row), rule);
    if (evaluation.status === 'no-data') {
      out.noData.push({ ...describe(code), target: rule.min });
      continue;
    }
    const judged = judgedCriterion(row, evaluation);
    if (!judged) continue;
    if (evaluation.status === 'not-met') out.below.push(judged);
    else if (evaluation.status === 'met') out.met.push(judged);
  }
  return out;
}
