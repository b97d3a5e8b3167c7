/** Adapter for the 2026 portal API (`/api/v1/reporting/…`): pure, no browser APIs, no DB. */
export {
  checkPagination,
  checkRootId,
  checkSummaryRoot,
  checkUniqueIds,
  NATION_NAME,
} from './checks';
export { DERIVED_CRITERIA, type DerivedCriterion, derivedRatio } from './derived';
export {
  ENDPOINT_OF_GROUP,
  ENDPOINTS,
  endpointFromUrl,
  endpointShortName,
  groupOfEndpoint,
  METRIC_ENDPOINTS,
  type MetricEndpoint,
  TREE_ENDPOINTS,
  type TreeEndpoint,
} from './endpoints';
export { envelopeSchema } from './envelope';
export type { FailureStage } from './failure';
export { type Formality, formalityItems } from './normalize-formalities';
export { TOTAL_MAX_SCORE } from './normalize-summary';
export { type CaptureInput, PARSER_VERSION, type ParseResult, parseCapture } from './parse-capture';
export { periodFromDates, type RequestInfo, readRequest, requestBodySchema } from './request';
export { paginationSchema } from './schemas-common';
export { FORMALITIES_SCHEMA_FIXTURES, formalitiesDataSchema } from './schemas-formalities';
export {
  dossierDigitizedDataSchema,
  handlingSatisfactionDataSchema,
  METRIC_SCHEMA_FIXTURES,
  metricDataSchema,
  transparencyDataSchema,
} from './schemas-metric';
export { SUMMARY_SCHEMA_FIXTURES, serviceResultsDataSchema } from './schemas-summary';
export {
  dvcProgressTreeDataSchema,
  formalityOnlinePaymentTreeDataSchema,
  provideOnlineTreeDataSchema,
  TREE_COUNT_FIELDS,
  TREE_SCHEMA_FIXTURES,
} from './schemas-tree';
