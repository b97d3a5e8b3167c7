/**
 * TEST SUPPORT ONLY: turns a fixture entry of tests/fixtures/portal-2026/captures.json into
 * the input parseCapture receives from the tap.
 */
import type { CaptureInput } from '../../../lib/portal/api2026/parse-capture';

export interface FixtureEntry {
  file: string;
  url: string;
  requestBody: Record<string, unknown>;
  httpStatus: number;
  contentType: string;
  capturedAt: string | null;
}

/**
 * Gia Lai's publisher did not record a capture time; its monthly series reaches 09/2026, so
 * a September 2026 instant is used (02/2026 is closed either way).
 */
export const ASSUMED_CAPTURED_AT = '2026-09-20T03:00:00Z';

export function captureInput(
  entry: FixtureEntry,
  responseText: string,
  overrides: Partial<CaptureInput> & { request?: Record<string, unknown> } = {},
): CaptureInput {
  const { request, ...rest } = overrides;
  return {
    url: entry.url,
    requestBody: JSON.stringify(request ?? entry.requestBody),
    status: entry.httpStatus,
    contentType: entry.contentType,
    responseText,
    capturedAt: new Date(entry.capturedAt ?? ASSUMED_CAPTURED_AT),
    ...rest,
  };
}
