import { type FlagCode, flagCodeOfStatus } from '../../model/flag-code';
import type { CaptureContext, NormalizedCapture } from '../../model/observation';
import { checkEnvelopeCode } from './checks';
import { type EndpointName, endpointFromUrl, endpointShortName } from './endpoints';
import { type Envelope, envelopeSchema } from './envelope';
import { CaptureFailure, describeSchemaError, errorMessage, type FailureStage } from './failure';
import { isOptionalString, isRecord } from './fast-common';
import { normalizeEndpoint, normalizeWithSchemas } from './pipelines';
import { readRequest } from './request';

/** Bump whenever the normalized output for the same raw capture changes. */
export const PARSER_VERSION = 1;

export interface CaptureInput {
  url: string;
  requestBody: string | null;
  status: number;
  contentType: string | null;
  responseText: string;
  capturedAt: Date;
  /** The length of a response too large to be kept (its text is then empty). */
  oversizeChars?: number;
}

export type ParseResult =
  | { ok: true; value: NormalizedCapture }
  | {
      ok: false;
      stage: FailureStage;
      /** What the pages say of it (worded in the reader's language). */
      code: FlagCode;
      /** The technical detail, for the raw-capture view and logs. */
      reason: string;
      context?: Partial<CaptureContext>;
    };

/** Where the pipeline is, so an unexpected exception is still reported at the right stage. */
interface Progress {
  stage: FailureStage;
  label: string;
  context: Partial<CaptureContext> | undefined;
}

function describeUrl(url: unknown): string {
  const text = typeof url === 'string' ? url : String(url);
  try {
    return new URL(text, 'https://dichvucong.gov.vn').pathname.slice(0, 200);
  } catch {
    return text.slice(0, 200) || '(không có URL)';
  }
}

function checkTransport(
  input: CaptureInput,
  label: string,
  context: Partial<CaptureContext> | undefined,
): void {
  const fail = (message: string, code: FlagCode): never => {
    throw new CaptureFailure('transport', `${label}: ${message}`, context, code);
  };
  const { status, contentType, responseText } = input;
  const refused = flagCodeOfStatus(status);
  if (refused) {
    fail(
      status === 0
        ? 'yêu cầu thất bại trước khi có phản hồi (HTTP 0)'
        : `cổng trả về HTTP ${status} (không phải 2xx)`,
      refused,
    );
  }
  if (input.oversizeChars) {
    fail(`phản hồi quá lớn (${input.oversizeChars} ký tự), không lưu`, 'too-large');
  }
  if (typeof responseText !== 'string' || responseText.trim() === '') {
    fail('phản hồi rỗng (empty body)', 'empty');
  }
  if (responseText.trimStart().startsWith('<')) {
    fail('phản hồi là trang HTML, không phải JSON (có thể bị chặn / Request Rejected)', 'html');
  }
  if (contentType !== null && !/json/i.test(contentType)) {
    fail(`kiểu nội dung không phải JSON (content-type ${contentType})`, 'wrong-type');
  }
}

function readEnvelope(json: unknown, label: string, context: CaptureContext, fast: boolean) {
  // What envelopeSchema accepts, read without zod's copy (#11); anything else goes to zod.
  // `data: z.unknown()` is a required key.
  if (
    fast &&
    isRecord(json) &&
    typeof json.code === 'string' &&
    json.data !== undefined &&
    isOptionalString(json.message)
  ) {
    return json as Envelope;
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    throw new CaptureFailure(
      'schema',
      describeSchemaError(label, 'response', parsed.error, json),
      context,
    );
  }
  return parsed.data;
}

function run(input: CaptureInput, progress: Progress, fast: boolean): NormalizedCapture {
  const endpoint: EndpointName | null = endpointFromUrl(input.url);
  progress.label = endpoint ? endpointShortName(endpoint) : describeUrl(input.url);
  const label = progress.label;

  // The request is read before the answer is judged, so a refused answer (a 404 for a
  // period with no data, a rejection page) still says which view it was for.
  let request: ReturnType<typeof readRequest> | null = null;
  let requestError: unknown = null;
  if (endpoint) {
    try {
      request = readRequest(endpoint, input.requestBody, input.capturedAt, !fast);
    } catch (error) {
      requestError = error;
    }
  }
  checkTransport(input, label, request?.context);

  progress.stage = 'request';
  if (!endpoint) {
    throw new CaptureFailure(
      'request',
      `${label}: endpoint không được hỗ trợ (unsupported endpoint)`,
    );
  }
  progress.context = { endpoint };
  if (!request) throw requestError;
  const { context, currentPage } = request;
  progress.context = context;

  progress.stage = 'json';
  let json: unknown;
  try {
    json = JSON.parse(input.responseText);
  } catch (error) {
    throw new CaptureFailure(
      'json',
      `${label}: phản hồi không phải JSON hợp lệ (${errorMessage(error)})`,
      context,
    );
  }

  progress.stage = 'schema';
  const envelope = readEnvelope(json, label, context, fast);
  checkEnvelopeCode(label, envelope.code, envelope.message, context);
  return fast
    ? normalizeEndpoint(endpoint, envelope.data, context, currentPage)
    : normalizeWithSchemas(endpoint, envelope.data, context, currentPage);
}

/**
 * Validates and normalizes one captured response of the 2026 portal API. Never throws:
 * every problem, expected or not, becomes `{ ok: false }` with the stage and a reason that
 * names the endpoint (and, for schema problems, the field path).
 */
export function parseCapture(input: CaptureInput): ParseResult {
  return parseWith(input, true);
}

/**
 * parseCapture through the zod schemas only, without the hand-written fast path: the
 * contract the fast path is tested against (tests/unit/parse-fast-path.test.ts).
 */
export function parseCaptureWithSchemas(input: CaptureInput): ParseResult {
  return parseWith(input, false);
}

function parseWith(input: CaptureInput, fast: boolean): ParseResult {
  const progress: Progress = { stage: 'transport', label: 'portal', context: undefined };
  try {
    return { ok: true, value: run(input, progress, fast) };
  } catch (error) {
    const failure =
      error instanceof CaptureFailure
        ? {
            stage: error.stage,
            code: error.code,
            reason: error.message,
            context: error.context ?? progress.context,
          }
        : {
            stage: progress.stage,
            code: 'unexpected' as const,
            reason: `${progress.label}: lỗi không mong đợi (unexpected error: ${errorMessage(error)})`,
            context: progress.context,
          };
    const reason = failure.reason.startsWith(progress.label)
      ? failure.reason
      : `${progress.label}: ${failure.reason}`;
    return failure.context
      ? { ok: false, stage: failure.stage, code: failure.code, reason, context: failure.context }
      : { ok: false, stage: failure.stage, code: failure.code, reason };
  }
}
