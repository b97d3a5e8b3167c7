import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { CsvProfile } from '../export/csv-profiles';
import { ChisoError, type ErrorCode, type ErrorReply } from './errors';

/**
 * The long CSV travels from the background to the page in chunks over a runtime port (#11):
 * a file of a hundred thousand rows never crosses one message, and the page keeps each chunk
 * as a Blob part, so neither side holds the whole text.
 */
export const LONG_CSV_PORT = 'chiso766:long-csv';

export const longCsvStartSchema = z.object({
  type: z.literal('start'),
  profile: z.enum(['standard', 'excel-vn']),
});
export type LongCsvStart = z.infer<typeof longCsvStartSchema>;

/** Background → page: chunks in file order, then the end (or the failure). */
export type LongCsvPortMessage =
  | { type: 'chunk'; text: string; rows: number }
  | { type: 'done'; fileName: string; rows: number }
  | ({ type: 'failed' } & ErrorReply);

export interface LongCsvFile {
  fileName: string;
  blob: Blob;
  rows: number;
}

/** Asks the background for the long CSV and assembles it as a Blob from its chunks. */
export function receiveLongCsv(profile: CsvProfile): Promise<LongCsvFile> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: LONG_CSV_PORT });
    const parts: Blob[] = [];
    let finished = false;
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as LongCsvPortMessage;
      if (message.type === 'chunk') {
        parts.push(new Blob([message.text]));
        return;
      }
      finished = true;
      port.disconnect();
      if (message.type === 'done') {
        const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
        resolve({ fileName: message.fileName, blob, rows: message.rows });
      } else {
        reject(new ChisoError(message.code as ErrorCode, message.params ?? {}));
      }
    });
    port.onDisconnect.addListener(() => {
      if (!finished) reject(new ChisoError('errNoBackground'));
    });
    port.postMessage({ type: 'start', profile } satisfies LongCsvStart);
  });
}
