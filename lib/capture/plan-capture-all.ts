import { GROUPS } from '../model/groups';
import { groupRequest } from '../portal';
import type { PortalView } from '../views/tab-view';
import type { CaptureStep } from './capture-all';

/** The groups of a view still missing, in the index's group order. */
export function planCaptureAll(view: PortalView, storedGroups: ReadonlySet<string>): CaptureStep[] {
  const steps: CaptureStep[] = [];
  for (const group of GROUPS) {
    if (storedGroups.has(group.code)) continue;
    const request = groupRequest(group.code, view);
    if (request) steps.push({ group: group.code, label: group.name, ...request });
  }
  return steps;
}

/** Every group a view can have (5 with a TTHC filter, 6 otherwise). */
export function groupCountOf(view: PortalView): number {
  return planCaptureAll(view, new Set()).length;
}
