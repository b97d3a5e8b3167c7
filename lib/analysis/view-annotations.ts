import type {
  CriterionAnnotation,
  DeltaBadge,
  UnitAnnotation,
  ViewAnnotations,
} from '../annotator/annotations';
import { criterionInfo } from '../model/criteria';
import { subjectLabel } from '../model/groups';
import { type Period, parsePeriodKey, periodLabel, previousPeriod } from '../model/period';
import type { AnalyzedObservation, SnapshotData } from './analyze-snapshot';
import type { Delta } from './trends';

function deltaBadge(delta: Delta | undefined, previous: Period | null): DeltaBadge {
  return {
    delta: delta?.delta ?? null,
    previous: delta?.previous ?? null,
    reason: delta?.comparable ? null : (delta?.reason ?? 'missing'),
    previousLabel: previous ? periodLabel(previous) : null,
    previousLabelEn: previous ? periodLabel(previous, 'en') : null,
  };
}

/**
 * The view of one snapshot as every surface shows it (badges on the portal, side panel,
 * dashboard): per unit its score, Δ, rank, rating and per criterion its target status.
 * On the national summary the unit's score is its TOTAL; elsewhere the group total.
 */
export function buildViewAnnotations(
  snapshot: SnapshotData,
  analysis: ReadonlyMap<number, AnalyzedObservation>,
): ViewAnnotations {
  const { capture } = snapshot;
  const period = capture.periodKey ? parsePeriodKey(capture.periodKey) : null;
  const previous = period ? previousPeriod(period) : null;
  const units = new Map<string, UnitAnnotation>();
  let profileName: string | null = null;

  for (const o of snapshot.observations) {
    const a = analysis.get(o.id);
    profileName ??= a?.profileName ?? null;
    let unit = units.get(o.unitId);
    if (!unit) {
      unit = {
        unitId: o.unitId,
        name: o.unitName,
        kind: o.unitKind,
        score: null,
        maxScore: null,
        delta: deltaBadge(undefined, previous),
        rank: null,
        rating: null,
        criteria: [],
      };
      units.set(o.unitId, unit);
    }
    const isHeadline = o.criterion === null && (capture.subject !== 'TOTAL' || o.group === 'TOTAL');
    if (isHeadline) {
      unit.score = o.score;
      unit.maxScore = o.maxScore;
      unit.delta = deltaBadge(a?.deltaPrev, previous);
      unit.rank = a?.rank ? { rank: a.rank.rank, of: a.rank.of, change: a.rankChange } : null;
      unit.rating = a?.rating?.label ?? null;
    } else if (o.criterion !== null) {
      const info = criterionInfo(o.criterion);
      const criterion: CriterionAnnotation = {
        code: o.criterion,
        name: info?.name ?? o.criterion,
        ratio: o.ratio,
        score: o.score,
        maxScore: o.maxScore,
        fullScoreAt: info?.fullScoreAt ?? null,
        target: a?.target ?? { status: 'no-target', target: null, gap: null },
        delta: deltaBadge(a?.deltaPrev, previous),
      };
      unit.criteria.push(criterion);
    }
  }
  return {
    snapshotKey: capture.snapshotKey ?? '',
    viewLabel:
      capture.subject === 'TOTAL' ? 'Tổng hợp' : subjectLabel(capture.subject, capture.endpoint),
    periodLabel: period ? periodLabel(period) : '',
    viewLabelEn:
      capture.subject === 'TOTAL'
        ? 'Summary'
        : subjectLabel(capture.subject, capture.endpoint, 'en'),
    periodLabelEn: period ? periodLabel(period, 'en') : '',
    provisional: capture.periodClosed === false,
    profileName,
    units: [...units.values()],
  };
}
