import { z } from 'zod';
import { MAX_REQUEST_CHARS, MAX_RESPONSE_CHARS, MAX_URL_CHARS } from '../capture/observed-call';
import { backupRequestSchemas } from './backup-requests';
import { importRequestSchemas } from './import-requests';

/**
 * Every message the background answers. Senders are untrusted until this schema and the
 * sender check in `sender-policy.ts` both pass.
 */

const observedCallSchema = z.object({
  url: z.string().max(MAX_URL_CHARS),
  method: z.string().max(16),
  requestBody: z.string().max(MAX_REQUEST_CHARS).nullable(),
  status: z.number().int().min(0).max(999),
  contentType: z.string().max(256).nullable(),
  responseText: z.string().max(MAX_RESPONSE_CHARS),
  observedAt: z.iso.datetime({ offset: true }),
  oversizeChars: z.number().int().positive().optional(),
});

export const captureObservedSchema = z.object({
  type: z.literal('capture:observed'),
  call: observedCallSchema,
  pageUrl: z.string().max(MAX_URL_CHARS),
  /** The bridge's number for this capture, echoed with the annotations sent ahead (#11). */
  ticket: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});

const unitId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const periodKeyText = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);

export const requestSchema = z.discriminatedUnion('type', [
  captureObservedSchema,
  z.object({ type: z.literal('captures:summary') }),
  z.object({
    type: z.literal('captures:list'),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  z.object({ type: z.literal('captures:raw'), id: z.number().int().positive() }),
  z.object({
    type: z.literal('captures:flagged'),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  z.object({ type: z.literal('captures:renormalize') }),
  z.object({ type: z.literal('snapshots:list') }),
  z.object({ type: z.literal('view:status') }),
  z.object({ type: z.literal('capture-all:start') }),
  z.object({ type: z.literal('analysis:view'), snapshotKey: z.string().max(400).optional() }),
  z.object({ type: z.literal('annotations:current') }),
  z.object({
    type: z.literal('scorecard'),
    rootUnitId: z.string().max(100).optional(),
    periodKey: z.string().max(20).optional(),
    unitId: z.string().max(100).optional(),
  }),
  z.object({
    type: z.literal('export:long-csv'),
    profile: z.enum(['standard', 'excel-vn']),
  }),
  z.object({ type: z.literal('report:build'), unitId, periodKey: periodKeyText }),
  z.object({
    type: z.literal('compare:peer'),
    rootUnitId: unitId,
    periodKey: periodKeyText,
    kind: z.enum(['all', 'AGENCY', 'COMMUNE']).default('all'),
  }),
  z.object({
    type: z.literal('compare:workbook'),
    rootUnitId: unitId,
    periodKey: periodKeyText,
    kind: z.enum(['all', 'AGENCY', 'COMMUNE']).default('all'),
    highlightUnitId: unitId.nullable().default(null),
  }),
  z.object({
    type: z.literal('compare:periods'),
    rootUnitId: unitId,
    /** The last period shown; the first is the earliest stored (at most 24 before). */
    periodKey: periodKeyText,
    /** Absent: the total; a group code: the group; else a criterion code. */
    criterion: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,80}$/)
      .optional(),
  }),
  z.object({
    type: z.literal('compare:criteria'),
    rootUnitId: unitId,
    periodKey: periodKeyText,
    withTargetOnly: z.boolean().default(true),
  }),
  z.object({
    type: z.literal('trend:unit'),
    unitId,
    criterion: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,80}$/)
      .optional(),
  }),
  /** Up to five units' series on one axis (the trend chart's overlay). */
  z.object({
    type: z.literal('trend:units'),
    unitIds: z.array(unitId).min(1).max(5),
    criterion: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,80}$/)
      .optional(),
  }),
  /** The children of the unit's root for one month, against the target or full score. */
  z.object({
    type: z.literal('trend:spread'),
    unitId,
    criterion: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,80}$/)
      .optional(),
    periodKey: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  }),
  ...backupRequestSchemas,
  ...importRequestSchemas,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type CaptureObserved = z.infer<typeof captureObservedSchema>;
