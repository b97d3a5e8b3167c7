import { readFileSync } from 'node:fs';
import type { ObservedCall } from '../../lib/capture/observed-call';
import { fixtureCaptures, fixtureText } from './fixtures';

/** A real fixture as the tap would have observed it in the page. */
export function observedFixture(file: string, overrides: Partial<ObservedCall> = {}): ObservedCall {
  const capture = fixtureCaptures().find((c) => c.file === file);
  if (!capture) throw new Error(`no fixture ${file}`);
  return {
    url: capture.url,
    method: 'POST',
    requestBody: JSON.stringify(capture.requestBody),
    status: capture.httpStatus,
    contentType: capture.contentType,
    responseText: fixtureText(file),
    observedAt: capture.capturedAt ?? '2026-09-26T18:14:39.135Z',
    ...overrides,
  };
}

export const PHU_THO_FILES = fixtureCaptures()
  .map((c) => c.file)
  .filter((file) => file.startsWith('phu-tho-2026-08/'));

export const PORTAL_PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';

/**
 * The derived 07/2026 test fixture of handling-satisfaction (see
 * tests/fixtures/portal-2026-derived/README.md), as the tap would have observed it.
 */
export function observedDerivedJuly(): ObservedCall {
  return observedFixture('phu-tho-2026-08/handling-satisfaction.json', {
    requestBody: JSON.stringify({
      rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a',
      currentPage: 1,
      pageSize: 200,
      fromDate: '2026-07-01',
      toDate: '2026-07-31',
    }),
    responseText: readFileSync(
      'tests/fixtures/portal-2026-derived/phu-tho-2026-07/handling-satisfaction.json',
      'utf8',
    ),
    observedAt: '2026-08-05T03:00:00.000Z',
  });
}
