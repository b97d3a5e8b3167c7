/**
 * The portal as the rest of the extension sees it: the generation in use today (the 2026
 * reporting API), spoken of in the index's terms. A later generation is a sibling folder of
 * `api2026/`, and this file is where the extension would choose between them.
 */
export {
  ENDPOINT_OF_GROUP,
  subjectOfEndpoint,
  TOTAL_ENDPOINT,
} from './api2026/endpoints';
export { PARSER_VERSION, type ParseResult, parseCapture } from './api2026/parse-capture';
export { groupRequest, type PortalRequest, summaryRequest } from './api2026/request-writer';
export { type RequestedSnapshot, requestedSnapshot } from './api2026/requested-snapshot';
