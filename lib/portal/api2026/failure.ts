import type { z } from 'zod';
import type { FlagCode } from '../../model/flag-code';
import type { CaptureContext } from '../../model/observation';

export type FailureStage = 'transport' | 'json' | 'request' | 'schema' | 'consistency';

const CODE_OF_STAGE: Record<FailureStage, FlagCode> = {
  transport: 'rejected',
  json: 'not-json',
  request: 'request',
  schema: 'schema',
  consistency: 'mismatch',
};

/**
 * Internal carrier for a refusal. Thrown inside the adapter and turned into
 * `{ ok: false }` by `parseCapture`, so helper code can stay linear.
 */
export class CaptureFailure extends Error {
  readonly stage: FailureStage;
  readonly context: Partial<CaptureContext> | undefined;
  /** What the pages say of it; by default the one its stage implies. */
  readonly code: FlagCode;

  constructor(
    stage: FailureStage,
    reason: string,
    context?: Partial<CaptureContext>,
    code?: FlagCode,
  ) {
    super(reason);
    this.name = 'CaptureFailure';
    this.stage = stage;
    this.context = context;
    this.code = code ?? CODE_OF_STAGE[stage];
  }
}

/** `data.evaluation[3].metrics[1].score`: the form a person can look up in the raw payload. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const MISSING = Symbol('missing');

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return MISSING;
    const record = cur as Record<PropertyKey, unknown>;
    if (!Object.hasOwn(record, key)) return MISSING;
    cur = record[key];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const received = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (received === MISSING || received === undefined) {
        return `thiếu trường bắt buộc (missing, expected ${issue.expected})`;
      }
      return `sai kiểu dữ liệu (expected ${issue.expected}, received ${kindOf(received)})`;
    case 'too_small':
      if (issue.origin === 'string') return 'chuỗi rỗng (expected a non-empty string)';
      return `giá trị quá nhỏ (minimum ${String(issue.minimum)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ (${issue.message})`;
    default:
      return issue.message;
  }
}

const SHOWN_ISSUES = 3;

/**
 * One readable line per zod issue, each naming the field path, prefixed by the endpoint.
 * Only the first few are spelled out: a drifted response can produce hundreds of identical
 * issues and the message is shown to a person.
 */
export function describeSchemaError(
  endpointName: string,
  root: string,
  error: z.ZodError,
  data: unknown,
): string {
  const parts = error.issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${formatPath(root, issue.path)}: ${describeIssue(issue, data)}`);
  const more = error.issues.length - SHOWN_ISSUES;
  const tail = more > 0 ? `; (+${more} lỗi khác / more issues)` : '';
  return `${endpointName}: ${parts.join('; ')}${tail}`;
}

/** Messages of unexpected exceptions, so a refusal always says something. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const text = String(error);
  return text || 'lỗi không xác định (unknown error)';
}
