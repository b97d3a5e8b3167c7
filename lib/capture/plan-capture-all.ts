import { GROUPS } from '../model/groups';
import { groupRequest, summaryRequest } from '../portal';
import type { PortalView } from '../views/tab-view';
import type { CaptureStep } from './capture-all';

/** The summary tab's name on the portal page. */
export const SUMMARY_LABEL = 'Tổng hợp';

/**
 * What a view still misses, in the index's group order, then its summary (`TOTAL` in `stored`
 * when it is stored): the summary holds the portal's own total out of 100 and the children's
 * totals, which no group answer carries (#12).
 */
export function planCaptureAll(view: PortalView, stored: ReadonlySet<string>): CaptureStep[] {
  const steps: CaptureStep[] = [];
  for (const group of GROUPS) {
    if (stored.has(group.code)) continue;
    const request = groupRequest(group.code, view);
    if (request) steps.push({ group: group.code, label: group.name, ...request });
  }
  // Only with a group to go with it: a view whose groups the portal cannot list (the nation)
  // is not one capture-all serves.
  const summary = stored.has('TOTAL') ? null : summaryRequest(view);
  if (summary && groupCountOf(view) > 0) {
    steps.push({ group: 'TOTAL', label: SUMMARY_LABEL, ...summary });
  }
  return steps;
}

/** Every group a view can have (5 with a TTHC filter, 6 otherwise); the summary not counted. */
export function groupCountOf(view: PortalView): number {
  return GROUPS.filter((group) => groupRequest(group.code, view) !== null).length;
}
