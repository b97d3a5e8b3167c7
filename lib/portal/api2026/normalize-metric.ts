import type { Observation, Unit } from '../../model/observation';
import { endpointShortName, groupOfEndpoint, type MetricEndpoint } from './endpoints';
import { collectParams, groupTotalRow, orNull } from './observations';
import type { MetricData, MetricItem, MetricRow } from './schemas-metric';
import { kindOfMetricRow, makeUnit, rootParentId } from './units';

const ROW_STORED_ELSEWHERE: ReadonlySet<string> = new Set([
  'departmentId',
  'departmentName',
  'departmentCode',
  'totalScore',
  'totalMaxScore',
  'ratio',
  'metrics',
]);

const METRIC_STORED_ELSEWHERE: ReadonlySet<string> = new Set([
  'code',
  'numerator',
  'denominator',
  'ratio',
  'score',
  'maxScore',
  'dataQualityStatus',
  'dataQualityMessage',
]);

function metricObservation(
  unitId: string,
  group: Observation['group'],
  metric: MetricItem,
): Observation {
  return {
    unitId,
    group,
    criterion: metric.code,
    derived: false,
    score: metric.score,
    maxScore: metric.maxScore,
    numerator: orNull(metric.numerator),
    denominator: orNull(metric.denominator),
    ratio: metric.ratio,
    flags: metric.dataQualityStatus ? [metric.dataQualityStatus] : [],
    flagMessage: orNull(metric.dataQualityMessage),
    // The metric's own name and any new field the portal adds to it.
    params: collectParams(metric, METRIC_STORED_ELSEWHERE),
  };
}

function rowObservations(
  unitId: string,
  group: Observation['group'],
  row: MetricRow,
): Observation[] {
  const total = groupTotalRow(
    unitId,
    group,
    row.totalScore,
    row.totalMaxScore,
    row.ratio,
    collectParams(row, ROW_STORED_ELSEWHERE),
  );
  return [total, ...row.metrics.map((metric) => metricObservation(unitId, group, metric))];
}

/** transparency, handling-satisfaction, dossier-digitized → units and observations. */
export function normalizeMetric(
  endpoint: MetricEndpoint,
  data: MetricData,
): { units: Unit[]; observations: Observation[] } {
  const name = endpointShortName(endpoint);
  const group = groupOfEndpoint(endpoint);
  if (!group) throw new Error(`${name}: không có nhóm chỉ số cho endpoint này`);

  const { overview } = data;
  const rootKind = kindOfMetricRow(overview, true, name, 'data.overview');
  const root = makeUnit(
    overview.departmentId,
    overview.departmentCode,
    overview.departmentName,
    rootKind,
    rootParentId(rootKind),
  );
  const units: Unit[] = [root];
  const observations: Observation[] = rowObservations(root.id, group, overview);

  data.evaluation.forEach((row, i) => {
    const kind = kindOfMetricRow(row, false, name, `data.evaluation[${i}]`);
    units.push(makeUnit(row.departmentId, row.departmentCode, row.departmentName, kind, root.id));
    observations.push(...rowObservations(row.departmentId, group, row));
  });
  return { units, observations };
}
