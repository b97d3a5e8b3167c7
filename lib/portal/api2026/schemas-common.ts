import { z } from 'zod';

/*
 * Building blocks shared by the response schemas. Objects are loose everywhere: the portal
 * adds fields without notice and the raw payload is stored anyway, so an unknown field is
 * kept, never a reason to refuse. A field we read but whose type changed is refused, because
 * storing a wrong number is worse than storing none.
 */

/** A number the portal may publish as null (0/0 ratios, tracking-only scores). Required key. */
export const nullableNumber = z.number().nullable();

/** A count or parameter that some rows carry and others do not; absent reads as null. */
export const optionalNumber = z.number().nullable().optional();

export const optionalString = z.string().nullable().optional();

/** `departmentId` and metric codes: an empty string would collide with other units' keys. */
export const requiredId = z.string().min(1);

/** Backed by: the `pagination` object of the three metric endpoints and of `formalities`. */
export const paginationSchema = z.looseObject({
  total: z.number(),
  currentPage: z.number(),
  pageSize: z.number(),
  totalPages: z.number(),
});

export type Pagination = z.infer<typeof paginationSchema>;
