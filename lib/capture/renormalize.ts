import type { CaptureRecord, ChisoDatabase } from '../db/database';
import { PARSER_VERSION, parseCapture } from '../portal';
import { applyParse } from './apply-parse';

export interface RenormalizeReport {
  processed: number;
  ok: number;
  flagged: number;
}

/**
 * Parses stored raw captures again. By default only those written by an older parser
 * (after an upgrade); `all` re-does every capture (the dashboard's button). One transaction
 * per capture, so a failure half-way leaves every capture either old or new, never mixed.
 */
export async function renormalizeCaptures(
  db: ChisoDatabase,
  options: { all?: boolean } = {},
): Promise<RenormalizeReport> {
  // An import batch holds a file, not a portal answer: there is nothing to parse again.
  const portal = (c: CaptureRecord) => c.source !== 'import';
  const ids = options.all
    ? await db.captures.filter(portal).primaryKeys()
    : await db.captures.where('parserVersion').below(PARSER_VERSION).filter(portal).primaryKeys();
  const report: RenormalizeReport = { processed: 0, ok: 0, flagged: 0 };
  for (const id of ids) {
    await db.transaction('rw', [db.captures, db.payloads, db.observations, db.units], async () => {
      const capture = await db.captures.get(id);
      const payload = await db.payloads.get(id);
      if (!capture || !payload) return;
      const result = parseCapture({
        url: capture.url,
        requestBody: capture.requestBody,
        status: capture.status,
        contentType: capture.contentType,
        responseText: payload.responseText,
        capturedAt: new Date(capture.observedAt),
        ...(capture.oversizeChars ? { oversizeChars: capture.oversizeChars } : {}),
      });
      const updated = await applyParse(db, capture, result, PARSER_VERSION);
      report.processed++;
      if (updated.state === 'ok') report.ok++;
      else report.flagged++;
    });
  }
  return report;
}
