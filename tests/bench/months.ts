/**
 * Months of Phú Thọ the replica answers for the benches: July and August 2026 from the
 * fixtures, every other month derived from August (tests/fixtures/portal-2026-derived), so
 * each page load can bring answers the extension has not stored yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deriveRequest,
  deriveResponse,
  factorForMonth,
} from '../fixtures/portal-2026-derived/derive';
import { jsonEqual } from '../replica/fixture-index';
import { PAGE_PATH, PORTAL_HOST, type Replica } from '../replica/server';
import { fixtureCaptures } from '../support/fixtures';

export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

export const GROUPS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
] as const;

export interface Month {
  year: number;
  month: number;
}

/** `count` months ending with `last`, oldest first. */
export function monthsUpTo(last: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => {
    const index = last.year * 12 + last.month - 1 - (count - 1 - i);
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  });
}

/** Every month but the two the fixtures already answer gets derived answers. */
export function serveMonths(replica: Replica, months: readonly Month[]): void {
  const august = fixtureCaptures().filter((c) => c.file.startsWith('phu-tho-2026-08/'));
  for (const { year, month } of months) {
    if (year === 2026 && (month === 7 || month === 8)) continue;
    for (const capture of august) {
      const body = deriveRequest(capture.requestBody as never, month, year);
      const text = readFileSync(join('tests/fixtures/portal-2026', capture.file), 'utf8');
      replica.setResponse({
        path: new URL(capture.url).pathname,
        match: (sent) => jsonEqual(sent, body),
        status: 201,
        body: deriveResponse(text, factorForMonth(month)),
      });
    }
  }
}

/** The portal page (through the host mapping) for one month and group. */
export function portalUrl({ year, month }: Month, group: string): string {
  const query = `?province=${PHU_THO}&timeType=month&year=${year}&month=${month}&group=${group}`;
  return `https://${PORTAL_HOST}${PAGE_PATH}${query}`;
}
