import { z } from 'zod';
import { SLICE_CHARS } from '../backup/transfers';

/*
 * Messages of backup, restore, sharing and deleting (#13). The file travels as text, in
 * slices (`transfer:*`): the page reads (and decompresses) it, the background checks all of
 * it before writing.
 */

const unitId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const periodKeyText = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);

const transferId = z.string().regex(/^[A-Za-z0-9-]{1,60}$/);
const fileRef = {
  text: z.string().max(SLICE_CHARS).optional(),
  transferId: transferId.optional(),
};

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
  /** One slice of a text the background holds (a backup it built). */
  z.object({
    type: z.literal('transfer:read'),
    id: transferId,
    offset: z.number().int().nonnegative(),
  }),
  /** One slice of a file the page sends; `id` null starts a new text. */
  z.object({
    type: z.literal('transfer:write'),
    id: transferId.nullable(),
    text: z.string().max(SLICE_CHARS),
  }),
  /** Checks the file (sent whole if small, else by transfer) and says what it would add. */
  z.object({ type: z.literal('backup:preview'), ...fileRef }),
  /** Checks the file again and applies it, all or nothing. */
  z.object({ type: z.literal('backup:restore'), ...fileRef }),
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
