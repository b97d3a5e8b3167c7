import { GROUPS, type GroupCode } from '../../model/groups';
import type { EndpointName } from '../../model/observation';

/** Every endpoint this adapter understands, by its path below `/api/v1/reporting/`. */
export const ENDPOINTS: readonly EndpointName[] = [
  'evaluation/service-results',
  'evaluation/transparency',
  'evaluation/dvc-progress-tree',
  'evaluation/provide-online-tree',
  'evaluation/formality-online-payment-tree',
  'evaluation/handling-satisfaction',
  'evaluation/dossier-digitized',
  'formalities',
];

export type MetricEndpoint =
  | 'evaluation/transparency'
  | 'evaluation/handling-satisfaction'
  | 'evaluation/dossier-digitized';

export type TreeEndpoint =
  | 'evaluation/dvc-progress-tree'
  | 'evaluation/provide-online-tree'
  | 'evaluation/formality-online-payment-tree';

export const METRIC_ENDPOINTS: readonly MetricEndpoint[] = [
  'evaluation/transparency',
  'evaluation/handling-satisfaction',
  'evaluation/dossier-digitized',
];

export const TREE_ENDPOINTS: readonly TreeEndpoint[] = [
  'evaluation/dvc-progress-tree',
  'evaluation/provide-online-tree',
  'evaluation/formality-online-payment-tree',
];

const REPORTING_PATH = '/api/v1/reporting/';

function isEndpoint(path: string): path is EndpointName {
  return (ENDPOINTS as readonly string[]).includes(path);
}

export function isMetricEndpoint(endpoint: EndpointName): endpoint is MetricEndpoint {
  return (METRIC_ENDPOINTS as readonly string[]).includes(endpoint);
}

export function isTreeEndpoint(endpoint: EndpointName): endpoint is TreeEndpoint {
  return (TREE_ENDPOINTS as readonly string[]).includes(endpoint);
}

/**
 * The endpoint a request URL points at, or null. Relative URLs are accepted because the page
 * may call the API by path; the host is not checked here (the tap and bridge already do).
 */
export function endpointFromUrl(url: string): EndpointName | null {
  let pathname: string;
  try {
    pathname = new URL(url, 'https://dichvucong.gov.vn').pathname;
  } catch {
    return null;
  }
  const at = pathname.indexOf(REPORTING_PATH);
  if (at < 0) return null;
  const rest = pathname.slice(at + REPORTING_PATH.length).replace(/\/+$/, '');
  return isEndpoint(rest) ? rest : null;
}

/** `transparency`, `service-results`, `formalities`: the name used at the start of every message. */
export function endpointShortName(endpoint: EndpointName): string {
  return endpoint.replace(/^evaluation\//, '');
}

function buildEndpointOfGroup(): Record<GroupCode, EndpointName> {
  const out: Partial<Record<GroupCode, EndpointName>> = {};
  for (const group of GROUPS) {
    // GROUPS types its endpoint as a plain string; a typo there must fail loudly at load.
    if (!isEndpoint(group.endpoint)) {
      throw new Error(`GROUPS: endpoint lạ "${group.endpoint}" cho nhóm ${group.code}`);
    }
    out[group.code] = group.endpoint;
  }
  return out as Record<GroupCode, EndpointName>;
}

/** The endpoint that details each group per unit. */
export const ENDPOINT_OF_GROUP: Readonly<Record<GroupCode, EndpointName>> = buildEndpointOfGroup();

/** The group an endpoint details; null for the summary and the catalogue. */
export function groupOfEndpoint(endpoint: EndpointName): GroupCode | null {
  const group = GROUPS.find((g) => g.endpoint === endpoint);
  return group ? group.code : null;
}

export function groupMaxScore(code: GroupCode): number {
  const group = GROUPS.find((g) => g.code === code);
  // GROUPS lists every GroupCode, so this is unreachable unless GROUPS is edited wrongly.
  if (!group) throw new Error(`GROUPS: thiếu nhóm ${code}`);
  return group.maxScore;
}
