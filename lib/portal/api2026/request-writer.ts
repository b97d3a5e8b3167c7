import type { GroupCode } from '../../model/groups';
import { NATION_UNIT_ID, type Scope } from '../../model/observation';
import { type Period, periodDates } from '../../model/period';
import { ENDPOINT_OF_GROUP, type EndpointName, TOTAL_ENDPOINT } from './endpoints';

/**
 * The request bodies the portal page sends, written with their keys in the page's own order
 * (captures.json), so a request of ours reads exactly like the page's. `request.ts` reads the
 * same bodies back; a round-trip test holds the two together.
 */

/** What a request asks for, in the index's terms. */
export interface RequestTarget {
  /** The province (or other root); NATION_UNIT_ID for the national summary. */
  rootUnitId: string | null;
  period: Period | null;
  scope: Scope;
  /** 1 unless paging on. */
  currentPage?: number;
}

export interface PortalRequest {
  endpoint: EndpointName;
  body: string;
}

/** Page sizes the portal page itself sends. */
const PAGE_SIZE: Partial<Record<EndpointName, number>> = {
  'evaluation/transparency': 200,
  'evaluation/handling-satisfaction': 200,
  'evaluation/dossier-digitized': 200,
  'evaluation/provide-online-tree': 200,
  'evaluation/dvc-progress-tree': 100,
  'evaluation/formality-online-payment-tree': 100,
  formalities: 10,
};

const NATIONAL_DEPARTMENT_TYPE = 'ADMINISTRATIVE_UNIT';

function timeFields(period: Period): Record<string, unknown> {
  const fields: Record<string, unknown> = { timeType: period.type, year: period.year };
  if (period.type === 'month') fields.month = period.number;
  if (period.type === 'quarter') fields.quarter = period.number;
  return fields;
}

function formalityOf(scope: Scope): string | null {
  return scope === 'all' ? null : scope.slice('formality:'.length);
}

/**
 * The JSON body the page sends to `endpoint` for `target`; null when the portal has no such
 * request (satisfaction cannot be filtered by TTHC; the nation has no group tables).
 */
export function writeRequestBody(endpoint: EndpointName, target: RequestTarget): string | null {
  const currentPage = target.currentPage ?? 1;
  if (endpoint === 'formalities') {
    return JSON.stringify({ currentPage, pageSize: PAGE_SIZE.formalities });
  }
  const { rootUnitId, period } = target;
  if (!rootUnitId || !period) return null;
  const formalityId = formalityOf(target.scope);
  if (endpoint === 'evaluation/service-results') {
    const body: Record<string, unknown> = timeFields(period);
    if (rootUnitId === NATION_UNIT_ID) body.departmentType = NATIONAL_DEPARTMENT_TYPE;
    else body.rootDepartmentId = rootUnitId;
    if (formalityId) body.formalityId = formalityId;
    return JSON.stringify(body);
  }
  if (rootUnitId === NATION_UNIT_ID) return null;
  const body: Record<string, unknown> = {
    rootDepartmentId: rootUnitId,
    currentPage,
    pageSize: PAGE_SIZE[endpoint],
  };
  if (endpoint === 'evaluation/handling-satisfaction') {
    if (formalityId) return null;
    const { from, to } = periodDates(period);
    body.fromDate = from;
    body.toDate = to;
    return JSON.stringify(body);
  }
  Object.assign(body, timeFields(period));
  if (formalityId) {
    body[endpoint === 'evaluation/dossier-digitized' ? 'formalityID' : 'formalityId'] = formalityId;
  }
  return JSON.stringify(body);
}

/** The request for one group's table of a view, or null when the portal has none. */
export function groupRequest(group: GroupCode, target: RequestTarget): PortalRequest | null {
  const endpoint = ENDPOINT_OF_GROUP[group];
  const body = writeRequestBody(endpoint, target);
  return body === null ? null : { endpoint, body };
}

/**
 * The request of a view's summary tab (Tổng hợp, the total out of 100); null for the nation,
 * whose summary lists provinces, not the children a province view ranks.
 */
export function summaryRequest(target: RequestTarget): PortalRequest | null {
  if (target.rootUnitId === NATION_UNIT_ID) return null;
  const body = writeRequestBody(TOTAL_ENDPOINT, target);
  return body === null ? null : { endpoint: TOTAL_ENDPOINT, body };
}
