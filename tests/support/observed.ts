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
