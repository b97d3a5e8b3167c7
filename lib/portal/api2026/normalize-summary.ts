import { GROUP_CODES, type GroupCode } from '../../model/groups';
import { NATION_UNIT_ID, type Observation } from '../../model/observation';
import { groupMaxScore } from './endpoints';
import {
  rootUnit,
  storedElsewhere,
  type UnitsAndObservations,
  withChildren,
} from './normalize-rows';
import { collectParams, groupTotalRow, type Params } from './observations';
import type { SummaryData, SummaryRow } from './schemas-summary';
import { kindOfChildGroup } from './units';

/** Every unit is scored out of 100; summary rows do not repeat it. */
export const TOTAL_MAX_SCORE = 100;

const NAME = 'service-results';

export const ROW_STORED_ELSEWHERE = storedElsewhere('groupScores');

/** A `groupScores` key that is none of the six groups: kept raw, and said. */
export function unknownGroupWarning(key: string): string {
  return `${NAME}: groupScores có mã nhóm lạ "${key}" — chỉ lưu trong dữ liệu gốc (raw only)`;
}

function isGroupCode(key: string): key is GroupCode {
  return (GROUP_CODES as readonly string[]).includes(key);
}

function maxOfTotal(row: { totalMaxScore?: number | null }): number | null {
  return 'totalMaxScore' in row ? (row.totalMaxScore ?? null) : TOTAL_MAX_SCORE;
}

function rowObservations(unitId: string, row: SummaryRow, unknownGroups: Set<string>) {
  const out: Observation[] = [
    groupTotalRow(
      unitId,
      'TOTAL',
      row.totalScore,
      maxOfTotal(row),
      row.ratio,
      collectParams(row, ROW_STORED_ELSEWHERE),
    ),
  ];
  const groupScores: Record<string, unknown> = row.groupScores ?? {};
  for (const [key, score] of Object.entries(groupScores)) {
    if (!isGroupCode(key)) {
      unknownGroups.add(key);
      continue;
    }
    // The schema types the six known keys as numbers; the check keeps the compiler honest.
    if (typeof score !== 'number' && score !== null) continue;
    // The summary publishes only the score; its maximum is the group's, its ratio unknown.
    out.push(groupTotalRow(unitId, key, score, groupMaxScore(key), null, {}));
  }
  return out;
}

/**
 * service-results → the root's TOTAL and one TOTAL per child; national rows also get one
 * row per `groupScores` entry. Charts (radar, donuts, monthlyChart, dossierChart) stay in
 * the raw payload only.
 */
export function normalizeSummary(
  data: SummaryData,
  rootUnitId: string,
): UnitsAndObservations & { warnings: string[] } {
  const national = rootUnitId === NATION_UNIT_ID;
  const { overview } = data;
  const root = rootUnit(rootUnitId, overview, national ? 'NATION' : 'PROVINCE');
  const rootParams: Params = collectParams(overview, ROW_STORED_ELSEWHERE);
  if ('growthPercent' in data) rootParams.growthPercent = data.growthPercent ?? null;
  const rootTotal = groupTotalRow(
    root.id,
    'TOTAL',
    overview.totalScore,
    maxOfTotal(overview),
    overview.ratio,
    rootParams,
  );

  const unknownGroups = new Set<string>();
  const { units, observations } = withChildren(
    root,
    [rootTotal],
    data.evaluation,
    (row, i) =>
      national ? 'PROVINCE' : kindOfChildGroup(row.childGroup, NAME, `data.evaluation[${i}]`),
    (row) => rowObservations(row.departmentId, row, unknownGroups),
  );

  const warnings = [...unknownGroups].map(unknownGroupWarning);
  return { units, observations, warnings };
}
