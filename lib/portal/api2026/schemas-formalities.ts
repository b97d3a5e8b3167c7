import { z } from 'zod';
import { optionalString, paginationSchema, requiredId } from './schemas-common';

/**
 * `formalities`, the TTHC catalogue (`{q, currentPage, pageSize}` → one page of items).
 * Backed by tests/fixtures/portal-2026/formalities-page-1.json (page 1 of 575, 5 741 items).
 */
export const FORMALITIES_SCHEMA_FIXTURES = ['formalities-page-1.json'] as const;

const idList = z.array(z.string()).nullable().optional();

export const formalityItemSchema = z.looseObject({
  id: requiredId,
  code: optionalString,
  name: z.string(),
  state: optionalString,
  departmentId: optionalString,
  publishingDepartmentIds: idList,
  appliedDepartmentIds: idList,
});

export const formalitiesDataSchema = z.looseObject({
  items: z.array(formalityItemSchema),
  pagination: paginationSchema.optional(),
});

export type FormalityItem = z.infer<typeof formalityItemSchema>;
export type FormalitiesData = z.infer<typeof formalitiesDataSchema>;
