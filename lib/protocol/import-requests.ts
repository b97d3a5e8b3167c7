import { z } from 'zod';

/**
 * The import messages (issue #13, imported history). The page reads files and the clipboard
 * into text or rows; the background checks everything again, matches units and writes.
 */

/** A province-year of the long CSV is about 10 MB; messages stay far below Chrome's 64 MiB. */
export const MAX_IMPORT_CHARS = 40_000_000;

const unitId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('long-csv'), text: z.string().max(MAX_IMPORT_CHARS) }),
  z.object({
    kind: z.literal('table'),
    format: z.enum(['template-csv', 'template-xlsx', 'paste']),
    /** What is kept and hashed: the file's text, or the sheet or paste as tab-separated text. */
    raw: z.string().max(MAX_IMPORT_CHARS),
    rows: z.array(z.array(z.string().max(2000)).max(200)).max(500_000),
    /** For tables without a period or measure column: the form's choice. */
    periodKey: z.string().max(40).nullable(),
    measure: z.string().max(120).nullable(),
  }),
]);

export type ImportSource = z.infer<typeof importSourceSchema>;

const common = {
  source: importSourceSchema,
  fileName: z.string().max(260),
  /** Names the official confirmed: the typed name's key → the unit chosen. */
  confirmed: z.record(z.string().max(400), unitId).default({}),
};

export const importRequestSchemas = [
  z.object({ type: z.literal('import:preview'), ...common }),
  z.object({
    type: z.literal('import:apply'),
    ...common,
    /** Write the good rows and leave the bad ones out, as the official chose explicitly. */
    dropBadRows: z.boolean().default(false),
  }),
  z.object({ type: z.literal('import:batches') }),
] as const;
