import { z } from 'zod';

/*
 * Messages of backup, restore, sharing and deleting (#13). The file travels as text: the
 * page reads (and decompresses) it, the background checks all of it before writing.
 */

const unitId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const periodKeyText = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);

export const backupRequestSchemas = [
  /** A full backup (selection null) or a share file cut to roots and periods. */
  z.object({
    type: z.literal('backup:build'),
    selection: z
      .object({
        rootUnitIds: z.array(unitId).min(1).max(200),
        periodKeys: z.array(periodKeyText).min(1).max(500),
      })
      .nullable()
      .default(null),
  }),
  /** Checks the file and says what it would add; writes nothing. */
  z.object({ type: z.literal('backup:preview'), text: z.string() }),
  /** Checks the file again and applies it, all or nothing. */
  z.object({ type: z.literal('backup:restore'), text: z.string() }),
  z.object({ type: z.literal('backup:status') }),
  z.object({
    type: z.literal('data:delete'),
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('snapshot'), snapshotKey: z.string().min(1).max(600) }),
      z.object({ kind: z.literal('period'), periodKey: periodKeyText }),
      z.object({ kind: z.literal('all') }),
    ]),
  }),
] as const;
