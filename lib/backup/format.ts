import { z } from 'zod';
import { ratingBandsSchema } from '../analysis/ratings';
import { profileSchema } from '../analysis/target-file';
import { letterheadSchema } from '../report/letterhead';

/*
 * The backup file: our own envelope (format name and version, what was selected, the
 * settings) around the database part as dexie-export-import writes it. Every field of every
 * row is checked here before anything is written: a backup is an untrusted file.
 */

export const BACKUP_FORMAT = 'chiso766-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The file crosses the message channel in slices; this bounds what the worker holds. */
export const MAX_BACKUP_CHARS = 400_000_000;

const iso = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);
const nullableNumber = z.number().finite().nullable();
const unitKind = z.enum(['NATION', 'PROVINCE', 'AGENCY', 'COMMUNE']);
const subject = z.enum(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH', 'TOTAL', 'CATALOGUE']);
const group = z.enum(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH', 'TOTAL']);
const periodKey = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const scope = z.string().regex(/^(all|formality:.{1,200})$/);

export const captureRowSchema = z.object({
  id: z.number().int().positive(),
  endpoint: text(200),
  url: text(4000),
  method: text(16),
  requestBody: text(100_000).nullable(),
  status: z.number().int().min(0).max(999),
  contentType: text(256).nullable(),
  observedAt: iso,
  storedAt: iso,
  pageUrl: text(4000),
  sha256,
  bytes: z.number().int().nonnegative(),
  state: z.enum(['ok', 'flagged', 'pending']),
  reason: text(4000).nullable(),
  parserVersion: z.number().int().nonnegative(),
  snapshotKey: text(600).optional(),
  periodKey: periodKey.nullable(),
  periodType: z.enum(['month', 'quarter', 'year']).nullable(),
  periodClosed: z.boolean().nullable(),
  rootUnitId: text(100).nullable(),
  scope: scope.nullable(),
  warnings: z.array(text(4000)).max(100),
  seenCount: z.number().int().positive(),
  lastSeenAt: iso,
  subject: subject.nullable(),
  /** Where the figures came from; absent means the portal (imports add `import`). */
  source: z.enum(['portal', 'import']).optional(),
});

export const payloadRowSchema = z.object({
  captureId: z.number().int().positive(),
  responseText: z.string(),
});

export const unitRowSchema = z.object({
  id: text(100),
  code: text(100).nullable(),
  name: text(1000),
  kind: unitKind,
  parentId: text(100).nullable(),
  seenAt: iso,
});

export const observationRowSchema = z.object({
  id: z.number().int().positive(),
  captureId: z.number().int().positive(),
  endpoint: text(200),
  unitId: text(100),
  unitCode: text(100).nullable(),
  unitName: text(1000),
  unitKind,
  group,
  criterion: text(100).nullable(),
  derived: z.boolean(),
  score: nullableNumber,
  maxScore: nullableNumber,
  numerator: nullableNumber,
  denominator: nullableNumber,
  ratio: nullableNumber,
  flags: z.array(text(200)).max(50),
  flagMessage: text(4000).nullable(),
  params: z.record(text(100), z.union([z.number(), z.string().max(1000), z.boolean(), z.null()])),
});

const table = <T extends z.ZodType>(name: string, row: T) =>
  z.object({ tableName: z.literal(name), inbound: z.boolean(), rows: z.array(row) });

/** What dexie-export-import writes (formatName `dexie`, formatVersion 1), our tables only. */
export const dexiePartSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number() })),
    data: z.tuple([
      table('captures', captureRowSchema),
      table('payloads', payloadRowSchema),
      table('units', unitRowSchema),
      table('observations', observationRowSchema),
    ]),
  }),
});

export const backupSettingsSchema = z.object({
  targetProfiles: z.array(profileSchema).max(200),
  ratingBands: ratingBandsSchema,
  letterhead: letterheadSchema,
});

/** A share file names the roots and periods it was cut to; a full backup has null. */
export const selectionSchema = z
  .object({ rootUnitIds: z.array(text(100)).max(200), periodKeys: z.array(periodKey).max(500) })
  .nullable();

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: iso,
  appVersion: text(40),
  selection: selectionSchema,
  /** Null in a share file: a province's data, not its office's settings. */
  settings: backupSettingsSchema.nullable(),
  database: dexiePartSchema,
});

export type BackupFile = z.infer<typeof backupFileSchema>;
export type CaptureRow = z.infer<typeof captureRowSchema>;
export type UnitRow = z.infer<typeof unitRowSchema>;
export type ObservationRow = z.infer<typeof observationRowSchema>;
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export type BackupSelection = z.infer<typeof selectionSchema>;
