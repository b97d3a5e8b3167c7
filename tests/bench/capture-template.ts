import { observationRecords, parsedFields } from '../../lib/capture/apply-parse';
import type { CaptureRecord } from '../../lib/db/database';
import type { NormalizedCapture } from '../../lib/model/observation';
import { PARSER_VERSION, parseCapture } from '../../lib/portal';
import { reportingEndpointOf } from '../../lib/portal/site';
import { observedFixture, PORTAL_PAGE } from '../support/observed';

/** A real fixture as the extension stores it: the capture header and what its parse made. */
export function captureTemplate(file: string): {
  header: Omit<CaptureRecord, 'id'>;
  value: NormalizedCapture;
  responseText: string;
} {
  const call = observedFixture(file);
  const parse = parseCapture({ ...call, capturedAt: new Date(call.observedAt) });
  if (!parse.ok) throw new Error(parse.reason);
  const header = {
    endpoint: reportingEndpointOf(call.url),
    url: call.url,
    method: call.method,
    requestBody: call.requestBody,
    status: call.status,
    contentType: call.contentType,
    observedAt: call.observedAt,
    storedAt: call.observedAt,
    pageUrl: PORTAL_PAGE,
    sha256: '0'.repeat(64),
    bytes: call.responseText.length,
    seenCount: 1,
    lastSeenAt: call.observedAt,
    ...parsedFields(parse, PARSER_VERSION),
  } as Omit<CaptureRecord, 'id'>;
  return { header, value: parse.value, responseText: call.responseText };
}

/** The same, as rows ready to copy into the database. */
export function rowsTemplate(file: string) {
  const { header, value } = captureTemplate(file);
  const observations = observationRecords(0, value).map(({ captureId: _, ...rest }) => rest);
  return { capture: header, observations };
}
