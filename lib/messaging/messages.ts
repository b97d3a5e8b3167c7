import { z } from 'zod';

/**
 * Every message the background answers. Senders are untrusted until this schema and the
 * sender check in `sender-policy.ts` both pass.
 */

const observedCallSchema = z.object({
  url: z.string().max(2048),
  method: z.string().max(16),
  requestBody: z
    .string()
    .max(64 * 1024)
    .nullable(),
  status: z.number().int().min(0).max(999),
  contentType: z.string().max(256).nullable(),
  responseText: z.string().max(8 * 1024 * 1024),
  observedAt: z.iso.datetime({ offset: true }),
});

export const captureObservedSchema = z.object({
  type: z.literal('capture:observed'),
  call: observedCallSchema,
  pageUrl: z.string().max(2048),
});

export const capturesSummarySchema = z.object({ type: z.literal('captures:summary') });

export const captureListSchema = z.object({
  type: z.literal('captures:list'),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const captureRawSchema = z.object({
  type: z.literal('captures:raw'),
  id: z.number().int().positive(),
});

export const requestSchema = z.discriminatedUnion('type', [
  captureObservedSchema,
  capturesSummarySchema,
  captureListSchema,
  captureRawSchema,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type CaptureObserved = z.infer<typeof captureObservedSchema>;
