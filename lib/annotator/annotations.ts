/**
 * What the background tells the annotator about the view a portal page shows: small,
 * plain data (no zod, no classes) so the content script stays tiny.
 */

export type TargetStatus = 'met' | 'not-met' | 'no-data' | 'no-target';

export interface TargetBadge {
  status: TargetStatus;
  /** The policy target in percent, e.g. 52. */
  target: number | null;
  /** ratio − target in percentage points; negative when short. */
  gap: number | null;
}

export interface DeltaBadge {
  /** Change against the previous period of the same type and scope; null when not comparable. */
  delta: number | null;
  previous: number | null;
  /** Why there is no delta: no previous capture, provisional vs closed, or no value. */
  reason: 'missing' | 'provisional' | 'no-data' | null;
  /** Label of the period compared with, e.g. "Tháng 07/2026". */
  previousLabel: string | null;
  /** The same in English ("07/2026"). */
  previousLabelEn?: string | null;
}

export interface RankBadge {
  rank: number | null;
  of: number;
  /** previous rank − current rank: positive means the unit moved up. */
  change: number | null;
}

export interface CriterionAnnotation {
  code: string;
  name: string;
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
  /** Percent at which the criterion earns its full score (formula threshold, not a target). */
  fullScoreAt: number | null;
  target: TargetBadge;
  delta: DeltaBadge;
}

export interface UnitAnnotation {
  /** The portal's departmentId. */
  unitId: string;
  /** The unit's name as the portal wrote it, NFC. */
  name: string;
  kind: 'NATION' | 'PROVINCE' | 'AGENCY' | 'COMMUNE';
  /** The score this view shows for the unit (group total, or TOTAL on the summary). */
  score: number | null;
  maxScore: number | null;
  delta: DeltaBadge;
  rank: RankBadge | null;
  /** Rating band label for a TOTAL score (e.g. "Tốt"); null for group views. */
  rating: string | null;
  criteria: CriterionAnnotation[];
}

export interface ViewAnnotations {
  snapshotKey: string;
  /** Vietnamese group label, e.g. "Công khai, minh bạch", or "Tổng hợp". */
  viewLabel: string;
  periodLabel: string;
  /** The same two in English, for the English UI. */
  viewLabelEn: string;
  periodLabelEn: string;
  provisional: boolean;
  /** Name of the target profile that applies, for the tooltip. */
  profileName: string | null;
  units: UnitAnnotation[];
}
