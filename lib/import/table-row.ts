import { z } from 'zod';

/** One row of a table as cells of text, before its numbers and names are read. */
export const tableRowSchema = z.object({
  period: z.string().trim().min(1),
  unit: z.string().trim().min(1).max(300),
  measure: z.string().trim().min(1).max(120),
  score: z.string().max(40),
  ratio: z.string().max(40),
  numerator: z.string().max(40),
  denominator: z.string().max(40),
});

export type TableRowInput = z.input<typeof tableRowSchema>;
