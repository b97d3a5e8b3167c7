import { z } from 'zod';
import {
  nullableNumber,
  optionalNumber,
  optionalString,
  paginationSchema,
  requiredId,
} from './schemas-common';

/**
 * Metric-type endpoints: `transparency`, `handling-satisfaction`, `dossier-digitized`.
 * Backed by the real captures (Phú Thọ, 08/2026, 1 overview + 163 rows each):
 * tests/fixtures/portal-2026/phu-tho-2026-08/transparency.json,
 * tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json,
 * tests/fixtures/portal-2026/phu-tho-2026-08/dossier-digitized.json.
 */
export const METRIC_SCHEMA_FIXTURES = [
  'phu-tho-2026-08/transparency.json',
  'phu-tho-2026-08/handling-satisfaction.json',
  'phu-tho-2026-08/dossier-digitized.json',
] as const;

/**
 * One criterion of one unit. `numerator`/`denominator` are optional because the portal
 * already publishes them as null where they do not apply (ELECTRONIC_CERTIFIED_COPY);
 * `score`, `maxScore` and `ratio` are the published result and must be there.
 */
export const metricSchema = z.looseObject({
  code: requiredId,
  name: optionalString,
  numerator: optionalNumber,
  denominator: optionalNumber,
  ratio: nullableNumber,
  score: nullableNumber,
  maxScore: nullableNumber,
  dataQualityStatus: optionalString,
  dataQualityMessage: optionalString,
});

/** The overview (the root) and every `evaluation[]` row share this shape. */
export const metricUnitSchema = z.looseObject({
  stt: optionalNumber,
  departmentId: requiredId,
  departmentName: z.string(),
  // transparency and handling-satisfaction send no departmentCode at all.
  departmentCode: optionalString,
  departmentType: optionalString,
  departmentLevel: optionalString,
  agencyLevel: optionalString,
  totalScore: nullableNumber,
  totalMaxScore: nullableNumber,
  ratio: nullableNumber,
  scoreDelta: optionalNumber,
  averageScore: optionalNumber,
  totalPetitions: optionalNumber,
  classifiedPetitions: optionalNumber,
  totalDossiers: optionalNumber,
  metrics: z.array(metricSchema),
});

export const metricDataSchema = z.looseObject({
  overview: metricUnitSchema,
  evaluation: z.array(metricUnitSchema),
  pagination: paginationSchema.optional(),
});

/** The three endpoints share one shape; named aliases keep call sites self-describing. */
export const transparencyDataSchema = metricDataSchema;
export const handlingSatisfactionDataSchema = metricDataSchema;
export const dossierDigitizedDataSchema = metricDataSchema;

/**
 * Parts that are not turned into observations. A change there is reported as a warning,
 * not a refusal: it cannot corrupt stored numbers and the raw payload keeps it.
 */
export const metricSecondarySchema = z.looseObject({
  // transparency only; observed as [] so its element shape is unknown.
  monthlyChart: z.array(z.unknown()).nullable().optional(),
  source: optionalString,
});

export type MetricRow = z.infer<typeof metricUnitSchema>;
export type MetricItem = z.infer<typeof metricSchema>;
export type MetricData = z.infer<typeof metricDataSchema>;
