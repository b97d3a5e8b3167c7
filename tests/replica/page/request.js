// @ts-check
// What the portal's assessment page sends for a selection. Field order matters to anyone who
// compares raw bodies, so every object below is built in the order the real page uses
// (see tests/fixtures/portal-2026/captures.json).

export const API_BASE = '/api/v1/reporting/evaluation/';
export const SUMMARY = 'service-results';

/**
 * @typedef {{ endpoint: string, label: string, code?: string, pageSize?: number,
 *   kind: 'summary' | 'metric' | 'tree' }} Group
 */

/** @type {readonly Group[]} */
export const GROUPS = Object.freeze([
  { endpoint: SUMMARY, label: 'Tổng hợp', kind: 'summary' },
  {
    endpoint: 'transparency',
    label: 'Công khai, minh bạch',
    code: 'CKMB',
    pageSize: 200,
    kind: 'metric',
  },
  {
    endpoint: 'dvc-progress-tree',
    label: 'Tiến độ giải quyết',
    code: 'TDGQ',
    pageSize: 100,
    kind: 'tree',
  },
  {
    endpoint: 'provide-online-tree',
    label: 'Dịch vụ công trực tuyến',
    code: 'CLGQ',
    pageSize: 200,
    kind: 'tree',
  },
  {
    endpoint: 'formality-online-payment-tree',
    label: 'Thanh toán trực tuyến',
    code: 'TTTT',
    pageSize: 100,
    kind: 'tree',
  },
  {
    endpoint: 'handling-satisfaction',
    label: 'Mức độ hài lòng',
    code: 'MDHL',
    pageSize: 200,
    kind: 'metric',
  },
  {
    endpoint: 'dossier-digitized',
    label: 'Số hóa hồ sơ',
    code: 'MDSH',
    pageSize: 200,
    kind: 'metric',
  },
]);

export const NATIONAL = 'national';

/**
 * @typedef {{ province: string, timeType: 'month' | 'quarter' | 'year', year: number,
 *   month: number, quarter: number, group: string }} Selection
 */

/** @param {string} endpoint */
export function findGroup(endpoint) {
  return GROUPS.find((g) => g.endpoint === endpoint);
}

/**
 * @param {Selection} s
 * @returns {{ url: string, body: Record<string, unknown> }}
 */
export function buildRequest(s) {
  const url = `${API_BASE}${s.group}`;
  const group = findGroup(s.group);
  if (!group || group.kind === 'summary') {
    return {
      url,
      body:
        s.province === NATIONAL
          ? { ...periodFields(s), departmentType: 'ADMINISTRATIVE_UNIT' }
          : { ...periodFields(s), rootDepartmentId: s.province },
    };
  }
  // No capture shows a group endpoint called for the whole country; the summary's scope
  // field is the closest guess, and the replica answers it with 404 like any unknown call.
  /** @type {Record<string, unknown>} */
  const body =
    s.province === NATIONAL
      ? { departmentType: 'ADMINISTRATIVE_UNIT' }
      : { rootDepartmentId: s.province };
  body.currentPage = 1;
  body.pageSize = group.pageSize;
  // handling-satisfaction is the one endpoint that takes a date range instead of timeType.
  if (group.endpoint === 'handling-satisfaction')
    return { url, body: { ...body, ...dateRange(s) } };
  return { url, body: { ...body, ...periodFields(s) } };
}

/** @param {Selection} s */
export function periodFields(s) {
  /** @type {Record<string, unknown>} */
  const fields = { timeType: s.timeType, year: s.year };
  if (s.timeType === 'month') fields.month = s.month;
  if (s.timeType === 'quarter') fields.quarter = s.quarter;
  return fields;
}

/**
 * First and last day of the selected month, quarter or year as YYYY-MM-DD.
 * @param {Selection} s
 */
export function dateRange(s) {
  let first = 1;
  let last = 12;
  if (s.timeType === 'month') {
    first = s.month;
    last = s.month;
  } else if (s.timeType === 'quarter') {
    first = (s.quarter - 1) * 3 + 1;
    last = s.quarter * 3;
  }
  // Day 0 of the next month is the last day of this one (leap years included).
  const lastDay = new Date(Date.UTC(s.year, last, 0)).getUTCDate();
  return {
    fromDate: `${s.year}-${pad(first)}-01`,
    toDate: `${s.year}-${pad(last)}-${pad(lastDay)}`,
  };
}

/** @param {number} n */
export function pad(n) {
  return String(n).padStart(2, '0');
}

/**
 * The period as a person reads it: "Tháng 08/2026", "Quý 3/2026", "Năm 2026".
 * @param {Selection} s
 */
export function periodLabel(s) {
  if (s.timeType === 'month') return `Tháng ${pad(s.month)}/${s.year}`;
  if (s.timeType === 'quarter') return `Quý ${s.quarter}/${s.year}`;
  return `Năm ${s.year}`;
}
