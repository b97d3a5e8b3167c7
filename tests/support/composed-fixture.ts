import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composedSummary } from '../replica/composed-summary';
import { FIXTURES_DIR, fixtureCaptures } from './fixtures';

/** The request the page sends for Phú Thọ's Tổng hợp of 08/2026. */
export const COMPOSED_PHU_THO_REQUEST = {
  timeType: 'month',
  year: 2026,
  month: 8,
  rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a',
} as const;

/**
 * Phú Thọ's Tổng hợp for 08/2026 as the replica composes it from the six real group answers
 * (no real one was captured; see tests/replica/composed-summary.ts), for unit tests.
 */
export function composedPhuThoSummary(): string {
  const fixtures = fixtureCaptures().map((capture) => ({
    capture,
    path: new URL(capture.url).pathname,
    body: readFileSync(join(FIXTURES_DIR, capture.file)),
    illustrative: false,
  }));
  const body = composedSummary(
    fixtures,
    '/api/v1/reporting/evaluation/service-results',
    COMPOSED_PHU_THO_REQUEST,
  );
  if (!body) throw new Error('the replica could not compose Phú Thọ 08/2026');
  return body.toString('utf8');
}
