import { GROUPS, type GroupCode, type Subject } from '../../model/groups';
import { reportingEndpointOf } from '../site';

/**
 * Every endpoint this adapter understands, by its path below the reporting root, and what
 * each is about in the index's terms: the one table that ties the portal's calls to groups.
 */
const SUBJECT_OF: {
  readonly 'evaluation/service-results': 'TOTAL';
  readonly 'evaluation/transparency': 'CKMB';
  readonly 'evaluation/dvc-progress-tree': 'TDGQ';
  readonly 'evaluation/provide-online-tree': 'CLGQ';
  readonly 'evaluation/formality-online-payment-tree': 'TTTT';
  readonly 'evaluation/handling-satisfaction': 'MDHL';
  readonly 'evaluation/dossier-digitized': 'MDSH';
  readonly formalities: 'CATALOGUE';
} = {
  'evaluation/service-results': 'TOTAL',
  'evaluation/transparency': 'CKMB',
  'evaluation/dvc-progress-tree': 'TDGQ',
  'evaluation/provide-online-tree': 'CLGQ',
  'evaluation/formality-online-payment-tree': 'TTTT',
  'evaluation/handling-satisfaction': 'MDHL',
  'evaluation/dossier-digitized': 'MDSH',
  formalities: 'CATALOGUE',
};

export type EndpointName = keyof typeof SUBJECT_OF;

export const ENDPOINTS = Object.keys(SUBJECT_OF) as readonly EndpointName[];

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

export function isEndpoint(path: string): path is EndpointName {
  return Object.hasOwn(SUBJECT_OF, path);
}

export function isMetricEndpoint(endpoint: EndpointName): endpoint is MetricEndpoint {
  return (METRIC_ENDPOINTS as readonly string[]).includes(endpoint);
}

export function isTreeEndpoint(endpoint: EndpointName): endpoint is TreeEndpoint {
  return (TREE_ENDPOINTS as readonly string[]).includes(endpoint);
}

// The page calls the same few URLs again and again; parsing each as a URL cost as much as
// validating a small answer (#11).
const endpointOfUrl = new Map<string, EndpointName | null>();
const MAX_KNOWN_URLS = 64;

/**
 * The endpoint a request URL points at, or null. Relative URLs are accepted because the page
 * may call the API by path; the host is not checked here (the tap and bridge already do).
 */
export function endpointFromUrl(url: string): EndpointName | null {
  const known = endpointOfUrl.get(url);
  if (known !== undefined) return known;
  let endpoint: EndpointName | null = null;
  try {
    const path = reportingEndpointOf(url).replace(/\/+$/, '');
    endpoint = isEndpoint(path) ? path : null;
  } catch {
    endpoint = null;
  }
  if (endpointOfUrl.size >= MAX_KNOWN_URLS) endpointOfUrl.clear();
  endpointOfUrl.set(url, endpoint);
  return endpoint;
}

/** `transparency`, `service-results`, `formalities`: the name used at the start of every message. */
export function endpointShortName(endpoint: string): string {
  return endpoint.replace(/^evaluation\//, '');
}

export function subjectOf(endpoint: EndpointName): Subject {
  return SUBJECT_OF[endpoint];
}

/** What an endpoint's captures are about; null for a path this adapter does not know. */
export function subjectOfEndpoint(endpoint: string): Subject | null {
  return isEndpoint(endpoint) ? SUBJECT_OF[endpoint] : null;
}

/** The endpoint that details each group per unit. */
export const ENDPOINT_OF_GROUP = Object.fromEntries(
  ENDPOINTS.flatMap((endpoint) => {
    const subject = SUBJECT_OF[endpoint];
    return GROUPS.some((g) => g.code === subject) ? [[subject, endpoint]] : [];
  }),
) as Readonly<Record<GroupCode, EndpointName>>;

/** The endpoint of the total out of 100 (the summary). */
export const TOTAL_ENDPOINT: EndpointName = 'evaluation/service-results';

/** The group an endpoint details; null for the summary and the catalogue. */
export function groupOfEndpoint(endpoint: EndpointName): GroupCode | null {
  const subject = SUBJECT_OF[endpoint];
  return subject === 'TOTAL' || subject === 'CATALOGUE' ? null : subject;
}

export function groupMaxScore(code: GroupCode): number {
  const group = GROUPS.find((g) => g.code === code);
  // GROUPS lists every GroupCode, so this is unreachable unless GROUPS is edited wrongly.
  if (!group) throw new Error(`GROUPS: thiếu nhóm ${code}`);
  return group.maxScore;
}
