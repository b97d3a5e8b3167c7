import { z } from 'zod';
import { GROUP_CODES, type GroupCode } from '../../model/groups';
import { nullableNumber, optionalNumber, optionalString, requiredId } from './schemas-common';

/**
 * `service-results`, the summary out of 100. Two variants share one schema:
 * national (`departmentType:"ADMINISTRATIVE_UNIT"`): overview "Cả nước" with
 * departmentCode null, 34 province rows with `groupScores` —
 * tests/fixtures/portal-2026/national-2026/service-results.json;
 * province (`rootDepartmentId`): overview with the province's name and code but no
 * departmentId, child rows with `childGroup` AGENCY/COMMUNE —
 * tests/fixtures/portal-2026/gia-lai-2026-02/service-results.json.
 */
export const SUMMARY_SCHEMA_FIXTURES = [
  'national-2026/service-results.json',
  'gia-lai-2026-02/service-results.json',
] as const;

export const summaryOverviewSchema = z.looseObject({
  // Absent in both real variants; read (and checked) only if the portal starts sending it.
  departmentId: z.string().nullable().optional(),
  departmentName: z.string(),
  departmentCode: optionalString,
  totalScore: nullableNumber,
  totalMaxScore: optionalNumber,
  ratio: nullableNumber,
});

/**
 * The six group scores of a national row. A key the portal adds later is kept in the raw
 * payload (and warned about), whatever its type; the six known ones must be numbers.
 */
export const groupScoresSchema = z.looseObject(
  Object.fromEntries(GROUP_CODES.map((code) => [code, optionalNumber])) as Record<
    GroupCode,
    typeof optionalNumber
  >,
);

export const summaryRowSchema = z.looseObject({
  departmentId: requiredId,
  departmentName: z.string(),
  departmentCode: optionalString,
  totalScore: nullableNumber,
  // Rows carry no maximum; the scale is 100 for every unit.
  totalMaxScore: optionalNumber,
  ratio: nullableNumber,
  scoreDelta: optionalNumber,
  childGroup: optionalString,
  groupScores: groupScoresSchema.nullable().optional(),
});

export const serviceResultsDataSchema = z.looseObject({
  overview: summaryOverviewSchema,
  growthPercent: optionalNumber,
  evaluation: z.array(summaryRowSchema),
});

const donutSliceSchema = z.looseObject({
  code: optionalString,
  name: optionalString,
  value: optionalNumber,
  percent: optionalNumber,
});

/**
 * Charts of the landing page. Kept out of observations (they stay in the raw payload);
 * drift there is a warning, not a refusal.
 */
export const summarySecondarySchema = z.looseObject({
  radar: z
    .array(
      z.looseObject({
        code: optionalString,
        name: optionalString,
        score: optionalNumber,
        maxScore: optionalNumber,
        ratio: optionalNumber,
      }),
    )
    .nullable()
    .optional(),
  // Gia Lai 02/2026 sends onlineProvision: null.
  donuts: z
    .looseObject({
      onlineDossier: z.array(donutSliceSchema).nullable().optional(),
      onlineProvision: z.array(donutSliceSchema).nullable().optional(),
    })
    .nullable()
    .optional(),
  monthlyChart: z
    .array(z.looseObject({ month: optionalString, averageScore: optionalNumber }))
    .nullable()
    .optional(),
  dossierChart: z
    .array(
      z.looseObject({
        month: optionalString,
        onTimePct: optionalNumber,
        overduePct: optionalNumber,
      }),
    )
    .nullable()
    .optional(),
});

export type SummaryData = z.infer<typeof serviceResultsDataSchema>;
export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type SummaryOverview = z.infer<typeof summaryOverviewSchema>;
