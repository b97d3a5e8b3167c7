import type { Observation } from '../../model/observation';
import { endpointShortName, groupOfEndpoint, type MetricEndpoint } from './endpoints';
import {
  rootUnit,
  storedElsewhere,
  type UnitsAndObservations,
  withChildren,
} from './normalize-rows';
import { collectParams, groupTotalRow, orNull } from './observations';
import type { MetricData, MetricItem, MetricRow } from './schemas-metric';
import { kindOfMetricRow } from './units';

export const ROW_STORED_ELSEWHERE = storedElsewhere('metrics');

export const METRIC_STORED_ELSEWHERE: ReadonlySet<string> = new Set([
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
export function normalizeMetric(endpoint: MetricEndpoint, data: MetricData): UnitsAndObservations {
  const name = endpointShortName(endpoint);
  const group = groupOfEndpoint(endpoint);
  if (!group) throw new Error(`${name}: không có nhóm chỉ số cho endpoint này`);

  const { overview } = data;
  const rootKind = kindOfMetricRow(overview, true, name, 'data.overview');
  const root = rootUnit(overview.departmentId, overview, rootKind);
  return withChildren(
    root,
    rowObservations(root.id, group, overview),
    data.evaluation,
    (row, i) => kindOfMetricRow(row, false, name, `data.evaluation[${i}]`),
    (row) => rowObservations(row.departmentId, group, row),
  );
}
