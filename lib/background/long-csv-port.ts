import type { Browser } from 'wxt/browser';
import type { AnalysisSettings } from '../analysis/analyze-snapshot';
import type { ChisoDatabase } from '../db/database';
import { longCsvFileName } from '../export/long-csv';
import { longCsvChunks } from '../export/long-csv-stream';
import { ChisoError, errorReply } from '../protocol/errors';
import {
  LONG_CSV_PORT,
  type LongCsvPortMessage,
  longCsvStartSchema,
} from '../protocol/long-csv-port';
import type { SenderKind } from '../protocol/sender-policy';

type Port = Browser.runtime.Port;

/**
 * Snapshots' chunks are joined into messages of about this many characters (#11): each
 * message costs a serialisation, a hop and a Blob on the page, so a few large ones beat one
 * per snapshot, and one megabyte held at a time does not grow with the file.
 */
const MESSAGE_CHARS = 1 << 20;

export interface LongCsvPortDeps {
  db: ChisoDatabase;
  loadSettings: () => Promise<AnalysisSettings>;
  now?: () => Date;
}

/**
 * Serves one long-CSV port: validates the page's request, then posts the file chunk by chunk.
 * Only the extension's own pages may ask; a page that goes away stops the export.
 */
export function serveLongCsvPort(port: Port, senderKind: SenderKind | null, deps: LongCsvPortDeps) {
  if (port.name !== LONG_CSV_PORT) return;
  let gone = false;
  port.onDisconnect.addListener(() => {
    gone = true;
  });
  const send = (message: LongCsvPortMessage) => {
    if (!gone) port.postMessage(message);
  };
  port.onMessage.addListener(async (raw: unknown) => {
    try {
      if (senderKind !== 'extension-page') throw new ChisoError('errSenderNotAllowed');
      const parsed = longCsvStartSchema.safeParse(raw);
      if (!parsed.success) {
        throw new ChisoError('errBadRequest', {
          where: 'long-csv',
          detail: parsed.error.issues[0]?.message ?? '?',
        });
      }
      const { profile } = parsed.data;
      const settings = await deps.loadSettings();
      let rows = 0;
      let texts: string[] = [];
      let chars = 0;
      let held = 0;
      const flush = () => {
        if (texts.length > 0) send({ type: 'chunk', text: texts.join(''), rows: held });
        texts = [];
        chars = 0;
        held = 0;
      };
      for await (const chunk of longCsvChunks(deps.db, profile, settings)) {
        if (gone) return;
        rows += chunk.rows;
        held += chunk.rows;
        texts.push(chunk.text);
        chars += chunk.text.length;
        if (chars >= MESSAGE_CHARS) flush();
      }
      flush();
      send({
        type: 'done',
        fileName: longCsvFileName(profile, (deps.now ?? (() => new Date()))()),
        rows,
      });
    } catch (error) {
      send({ type: 'failed', ...errorReply(error) });
    }
  });
}
