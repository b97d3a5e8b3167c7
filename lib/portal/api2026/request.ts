import { z } from 'zod';
import { type CaptureContext, NATION_UNIT_ID, type Scope } from '../../model/observation';
import { isPeriodClosed, type Period, periodDates } from '../../model/period';
import { type EndpointName, endpointShortName, subjectOf } from './endpoints';
import { CaptureFailure, describeSchemaError } from './failure';
import { fastRequestBody } from './fast-request';

/**
 * The request bodies the page sends (QD-API; captures.json): `rootDepartmentId` or, for the
 * national summary, `departmentType:"ADMINISTRATIVE_UNIT"`; `timeType` + `year` + `month` |
 * `quarter`, except handling-satisfaction which sends `fromDate`/`toDate`; paging; an
 * optional TTHC filter `formalityId` (`formalityID` on dossier-digitized).
 */
const wholeNumber = z.union([
  z.number().int(),
  // A form field may arrive as text; only plain digits are read as a number.
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number),
]);

export const requestBodySchema = z.looseObject({
  rootDepartmentId: z.string().nullable().optional(),
  departmentType: z.string().nullable().optional(),
  timeType: z.string().nullable().optional(),
  year: wholeNumber.nullable().optional(),
  month: wholeNumber.nullable().optional(),
  quarter: wholeNumber.nullable().optional(),
  fromDate: z.string().nullable().optional(),
  toDate: z.string().nullable().optional(),
  formalityId: z.string().nullable().optional(),
  formalityID: z.string().nullable().optional(),
  currentPage: wholeNumber.nullable().optional(),
  pageSize: wholeNumber.nullable().optional(),
  q: z.string().nullable().optional(),
});

export type RequestBody = z.infer<typeof requestBodySchema>;

export interface RequestInfo {
  context: CaptureContext;
  /** The page the request asked for; 1 when the request does not say (the portal default). */
  currentPage: number;
}

const NATIONAL_DEPARTMENT_TYPE = 'ADMINISTRATIVE_UNIT';

function fail(endpoint: EndpointName, message: string, context?: Partial<CaptureContext>): never {
  throw new CaptureFailure('request', `${endpointShortName(endpoint)}: ${message}`, {
    endpoint,
    ...context,
  });
}

function checkYear(endpoint: EndpointName, year: number | null | undefined): number {
  if (year === null || year === undefined) fail(endpoint, 'yêu cầu thiếu năm (year)');
  if (year < 2000 || year > 2100) fail(endpoint, `năm không hợp lệ (year ${year})`);
  return year;
}

function periodFromTimeType(endpoint: EndpointName, body: RequestBody): Period {
  const { timeType } = body;
  if (timeType === 'year') {
    return { type: 'year', year: checkYear(endpoint, body.year), number: null };
  }
  if (timeType === 'month') {
    const year = checkYear(endpoint, body.year);
    const month = body.month;
    if (month === null || month === undefined || month < 1 || month > 12) {
      fail(endpoint, `tháng không hợp lệ (timeType month, month ${String(month)})`);
    }
    return { type: 'month', year, number: month };
  }
  if (timeType === 'quarter') {
    const year = checkYear(endpoint, body.year);
    const quarter = body.quarter;
    if (quarter === null || quarter === undefined || quarter < 1 || quarter > 4) {
      fail(endpoint, `quý không hợp lệ (timeType quarter, quarter ${String(quarter)})`);
    }
    return { type: 'quarter', year, number: quarter };
  }
  return fail(endpoint, `kỳ báo cáo không rõ (timeType ${JSON.stringify(timeType ?? null)})`);
}

/**
 * handling-satisfaction selects its period by dates; only whole calendar months, quarters
 * and years are comparable with the other groups, so anything else is refused.
 */
export function periodFromDates(from: string, to: string): Period | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const candidates: Period[] = [{ type: 'month', year, number: month }];
  if (month % 3 === 1) candidates.push({ type: 'quarter', year, number: (month + 2) / 3 });
  if (month === 1) candidates.push({ type: 'year', year, number: null });
  for (const period of candidates) {
    const dates = periodDates(period);
    if (dates.from === from && dates.to === to) return period;
  }
  return null;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.type === b.type && a.year === b.year && a.number === b.number;
}

function readPeriod(endpoint: EndpointName, body: RequestBody): Period | null {
  if (endpoint === 'formalities') return null;
  if (endpoint === 'evaluation/handling-satisfaction') {
    const { fromDate, toDate } = body;
    const hasDates = Boolean(fromDate) || Boolean(toDate);
    if (!hasDates) {
      // The contract is fromDate/toDate; timeType is accepted because some tools send it.
      if (body.timeType) return periodFromTimeType(endpoint, body);
      return fail(endpoint, 'yêu cầu thiếu kỳ báo cáo (fromDate/toDate)');
    }
    const period = fromDate && toDate ? periodFromDates(fromDate, toDate) : null;
    if (!period) {
      return fail(
        endpoint,
        `khoảng ngày ${fromDate ?? '?'} → ${toDate ?? '?'} không phải đúng một tháng, quý hoặc năm`,
      );
    }
    if (body.timeType && !samePeriod(period, periodFromTimeType(endpoint, body))) {
      fail(endpoint, `fromDate/toDate (${fromDate} → ${toDate}) mâu thuẫn với timeType`);
    }
    return period;
  }
  return periodFromTimeType(endpoint, body);
}

function readRoot(endpoint: EndpointName, body: RequestBody): string | null {
  if (endpoint === 'formalities') return null;
  const root = body.rootDepartmentId?.trim();
  if (root) return root;
  if (
    endpoint === 'evaluation/service-results' &&
    body.departmentType === NATIONAL_DEPARTMENT_TYPE
  ) {
    return NATION_UNIT_ID;
  }
  return fail(endpoint, 'yêu cầu thiếu đơn vị gốc (rootDepartmentId)');
}

function readScope(endpoint: EndpointName, body: RequestBody): Scope {
  const lower = body.formalityId?.trim() || null;
  const upper = body.formalityID?.trim() || null;
  if (lower && upper && lower !== upper) {
    fail(endpoint, `formalityId (${lower}) khác formalityID (${upper})`);
  }
  const id = lower ?? upper;
  return id ? `formality:${id}` : 'all';
}

function parseBody(
  endpoint: EndpointName,
  requestBody: string | null,
  schemasOnly: boolean,
): RequestBody {
  if (requestBody === null || requestBody.trim() === '') {
    return fail(endpoint, 'không có nội dung yêu cầu (request body) để xác định kỳ và đơn vị');
  }
  let json: unknown;
  try {
    json = JSON.parse(requestBody);
  } catch {
    return fail(endpoint, 'nội dung yêu cầu (request body) không phải JSON hợp lệ');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail(endpoint, 'nội dung yêu cầu (request body) không phải một đối tượng JSON');
  }
  const fast = schemasOnly ? null : fastRequestBody(json);
  if (fast) return fast as RequestBody;
  const parsed = requestBodySchema.safeParse(json);
  if (!parsed.success) {
    const detail = describeSchemaError(endpointShortName(endpoint), 'request', parsed.error, json);
    throw new CaptureFailure('request', detail, { endpoint });
  }
  return parsed.data;
}

/**
 * What a capture is about, from its request body and the instant it was captured.
 * `schemasOnly` skips the hand-written reading of the body (tests compare the two).
 */
export function readRequest(
  endpoint: EndpointName,
  requestBody: string | null,
  capturedAt: Date,
  schemasOnly = false,
): RequestInfo {
  if (!(capturedAt instanceof Date) || Number.isNaN(capturedAt.getTime())) {
    fail(endpoint, 'thời điểm ghi nhận không hợp lệ (capturedAt)');
  }
  const body = parseBody(endpoint, requestBody, schemasOnly);
  const period = readPeriod(endpoint, body);
  const rootUnitId = readRoot(endpoint, body);
  const scope = readScope(endpoint, body);
  const context: CaptureContext = {
    endpoint,
    subject: subjectOf(endpoint),
    period,
    periodClosed: period ? isPeriodClosed(period, capturedAt) : false,
    rootUnitId,
    scope,
  };
  return { context, currentPage: body.currentPage ?? 1 };
}
