import { comparedValue, type SnapshotData } from '../analysis/analyze-snapshot';
import { evaluateTarget } from '../analysis/evaluate';
import type { ObservationRecord } from '../db/database';
import { criterionInfo } from '../model/criteria';
import { itemsNeeded } from './items-needed';
import type { PeriodIndex } from './period-index';
import type { AppendixRow, AppendixSection, ReportCriterion } from './report-model';

/**
 * The appendix ("Phụ lục"): for each criterion the unit is below target on, every child unit
 * below the same target, worst first, so the report can name the units responsible
 * (reports.md §1.5). Only a unit that is the root of stored snapshots has children here.
 */

export interface Appendix {
  sections: AppendixSection[];
  /** The unit is the root of a stored snapshot that lists children. */
  hasChildren: boolean;
  /**
   * Below-target criteria left out because their child rows only repeat the province's own
   * value (domain brief §3.1): naming every commune for the province's own delay says nothing.
   */
  provinceCopies: string[];
}

/** One row per child for the criterion, from the newest capture the unit is the root of. */
function childRows(
  periodSnapshots: readonly SnapshotData[],
  rootId: string,
  code: string,
): ObservationRecord[] {
  const best = new Map<string, { row: ObservationRecord; observedAt: string }>();
  const ordered = [...periodSnapshots].sort(
    (a, b) => Date.parse(a.capture.observedAt) - Date.parse(b.capture.observedAt),
  );
  for (const { capture, observations } of ordered) {
    if (capture.rootUnitId !== rootId) continue;
    for (const row of observations) {
      if (row.unitId === rootId || row.criterion !== code) continue;
      best.set(row.unitId, { row, observedAt: capture.observedAt });
    }
  }
  return [...best.values()].map((b) => b.row);
}

function hasAnyChild(periodSnapshots: readonly SnapshotData[], rootId: string): boolean {
  return periodSnapshots.some(
    (s) => s.capture.rootUnitId === rootId && s.observations.some((o) => o.unitId !== rootId),
  );
}

export function buildAppendix(
  index: PeriodIndex,
  rootId: string,
  below: readonly ReportCriterion[],
): Appendix {
  const periodSnapshots = index.snapshots;
  const hasChildren = hasAnyChild(periodSnapshots, rootId);
  const sections: AppendixSection[] = [];
  const provinceCopies: string[] = [];
  if (!hasChildren) return { sections, hasChildren, provinceCopies };
  for (const criterion of below) {
    if (criterionInfo(criterion.code)?.commune === 'province-only') {
      provinceCopies.push(criterion.code);
      continue;
    }
    const rule = { criterion: criterion.code, min: criterion.target, note: '' };
    const rows: AppendixRow[] = [];
    let childrenWithoutData = 0;
    let childrenJudged = 0;
    for (const row of childRows(periodSnapshots, rootId, criterion.code)) {
      const value = comparedValue(row);
      const evaluation = evaluateTarget(value, rule);
      if (value === null || evaluation.gap === null) {
        childrenWithoutData++;
        continue;
      }
      childrenJudged++;
      if (evaluation.status !== 'not-met') continue;
      rows.push({
        unitId: row.unitId,
        name: row.unitName,
        code: row.unitCode ?? index.units.get(row.unitId)?.code ?? null,
        kind: row.unitKind,
        value,
        gap: evaluation.gap,
        numerator: row.numerator,
        denominator: row.denominator,
        needed: itemsNeeded(row.numerator, row.denominator, criterion.target, value),
      });
    }
    if (childrenJudged === 0 && childrenWithoutData === 0) continue;
    rows.sort(
      (a, b) =>
        a.value - b.value || a.name.localeCompare(b.name, 'vi') || a.unitId.localeCompare(b.unitId),
    );
    sections.push({
      code: criterion.code,
      name: criterion.name,
      nameEn: criterion.nameEn,
      target: criterion.target,
      itemWord: criterion.itemWord,
      rows,
      childrenWithoutData,
      childrenJudged,
    });
  }
  return { sections, hasChildren, provinceCopies };
}
