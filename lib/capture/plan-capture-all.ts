import { GROUPS } from '../model/groups';
import { NATION_UNIT_ID, type Scope } from '../model/observation';
import { type Period, periodDates } from '../model/period';
import type { CaptureStep } from './capture-all';

/** What the official is looking at, learned from the page's own requests. */
export interface PortalView {
  rootUnitId: string;
  rootName: string | null;
  period: Period;
  scope: Scope;
}

/** Page sizes the portal page itself sends (see the captures in tests/fixtures). */
const PAGE_SIZE: Record<string, number> = {
  'evaluation/transparency': 200,
  'evaluation/handling-satisfaction': 200,
  'evaluation/dossier-digitized': 200,
  'evaluation/provide-online-tree': 200,
  'evaluation/dvc-progress-tree': 100,
  'evaluation/formality-online-payment-tree': 100,
};

/**
 * The JSON body the portal page sends for one group of a view, with its keys in the page's
 * own order, so our requests look exactly like the page's. Null when the portal has no such
 * request (satisfaction cannot be filtered by TTHC; the nation has no group tables).
 */
export function groupRequestBody(endpoint: string, view: PortalView): string | null {
  const pageSize = PAGE_SIZE[endpoint];
  if (pageSize === undefined || view.rootUnitId === NATION_UNIT_ID) return null;
  const formalityId = view.scope === 'all' ? null : view.scope.slice('formality:'.length);
  const body: Record<string, unknown> = {
    rootDepartmentId: view.rootUnitId,
    currentPage: 1,
    pageSize,
  };
  if (endpoint === 'evaluation/handling-satisfaction') {
    if (formalityId) return null;
    const { from, to } = periodDates(view.period);
    body.fromDate = from;
    body.toDate = to;
  } else {
    body.timeType = view.period.type;
    body.year = view.period.year;
    if (view.period.type === 'month') body.month = view.period.number;
    if (view.period.type === 'quarter') body.quarter = view.period.number;
    if (formalityId) {
      body[endpoint === 'evaluation/dossier-digitized' ? 'formalityID' : 'formalityId'] =
        formalityId;
    }
  }
  return JSON.stringify(body);
}

/** The groups of a view still missing, in the portal's group order. */
export function planCaptureAll(
  view: PortalView,
  storedEndpoints: ReadonlySet<string>,
): CaptureStep[] {
  const steps: CaptureStep[] = [];
  for (const group of GROUPS) {
    if (storedEndpoints.has(group.endpoint)) continue;
    const body = groupRequestBody(group.endpoint, view);
    if (body) steps.push({ endpoint: group.endpoint, label: group.name, body });
  }
  return steps;
}

/** Every group a view can have (5 with a TTHC filter, 6 otherwise). */
export function groupCountOf(view: PortalView): number {
  return planCaptureAll(view, new Set()).length;
}
