import { z } from 'zod';

/**
 * `{code:"OK", data, message}` around every reporting response (HTTP 201, sometimes 200).
 * Backed by: every file in tests/fixtures/portal-2026/ (all carry code "OK", message "OK").
 */
export const envelopeSchema = z.looseObject({
  code: z.string(),
  data: z.unknown(),
  message: z.string().nullable().optional(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export const OK_CODE = 'OK';
