import type { FlagCode } from '../../model/flag-code';
import { type CaptureContext, NATION_UNIT_ID } from '../../model/observation';
import { CaptureFailure } from './failure';
import type { Pagination } from './schemas-common';
import { nfc } from './units';

/**
 * Checks that a response is about what its request asked for. A failure refuses the whole
 * capture: the page can emit a response for another selection (e.g. the national summary
 * while a province is being selected), and storing it under the requested unit would be a
 * silent, lasting error.
 */

export const NATION_NAME = 'Cả nước';

function mismatch(
  name: string,
  message: string,
  context: CaptureContext,
  code: FlagCode = 'mismatch',
): never {
  throw new CaptureFailure('consistency', `${name}: ${message}`, context, code);
}

/** Metric overview or tree parent: its departmentId must be the requested root. */
export function checkRootId(
  name: string,
  path: string,
  root: { departmentId: string; departmentName: string },
  context: CaptureContext,
): void {
  if (root.departmentId !== context.rootUnitId) {
    mismatch(
      name,
      `đơn vị gốc của phản hồi (${path}.departmentId ${root.departmentId}, "${nfc(root.departmentName)}") ` +
        `khác đơn vị được yêu cầu (rootDepartmentId ${String(context.rootUnitId)})`,
      context,
    );
  }
}

function looksNational(overview: { departmentName: string; departmentCode?: string | null }) {
  return nfc(overview.departmentName).trim() === NATION_NAME || overview.departmentCode == null;
}

/**
 * The summary overview has no departmentId in the province variant, so the national
 * response is recognised by its name "Cả nước" and its missing code.
 */
export function checkSummaryRoot(
  overview: {
    departmentId?: string | null;
    departmentName: string;
    departmentCode?: string | null;
  },
  context: CaptureContext,
): void {
  const name = 'service-results';
  const national = looksNational(overview);
  if (context.rootUnitId === NATION_UNIT_ID) {
    const exact =
      nfc(overview.departmentName).trim() === NATION_NAME && overview.departmentCode == null;
    if (!exact) {
      mismatch(
        name,
        `yêu cầu số liệu cả nước nhưng phản hồi là của "${nfc(overview.departmentName)}" ` +
          `(departmentCode ${String(overview.departmentCode ?? null)})`,
        context,
      );
    }
    return;
  }
  if (national) {
    mismatch(
      name,
      `phản hồi là số liệu cả nước ("${nfc(overview.departmentName)}", departmentCode ` +
        `${String(overview.departmentCode ?? null)}) trong khi yêu cầu đơn vị ` +
        `rootDepartmentId ${String(context.rootUnitId)} — không lưu thành số liệu của đơn vị này`,
      context,
    );
  }
  if (overview.departmentId && overview.departmentId !== context.rootUnitId) {
    mismatch(
      name,
      `đơn vị gốc của phản hồi (data.overview.departmentId ${overview.departmentId}) khác ` +
        `đơn vị được yêu cầu (rootDepartmentId ${String(context.rootUnitId)})`,
      context,
    );
  }
}

/**
 * The rows must be the page that was asked for, and no more than the total. More pages
 * than this one is normal for large lists and only noted: what is stored is still right.
 */
export function checkPagination(
  name: string,
  pagination: Pagination | undefined,
  rowCount: number,
  requestedPage: number,
  context: CaptureContext,
): string[] {
  if (!pagination) {
    return [`${name}: phản hồi không có data.pagination — không kiểm tra được phân trang`];
  }
  const { total, currentPage, totalPages } = pagination;
  if (currentPage !== requestedPage) {
    mismatch(
      name,
      `data.pagination.currentPage ${currentPage} khác trang được yêu cầu (currentPage ${requestedPage})`,
      context,
    );
  }
  if (total < rowCount) {
    mismatch(
      name,
      `data.pagination.total ${total} nhỏ hơn số dòng nhận được (${rowCount})`,
      context,
    );
  }
  if (totalPages > 1) {
    return [
      `${name}: chỉ lưu trang ${currentPage}/${totalPages} (${rowCount} trên tổng ${total} dòng) — only page ${currentPage} of ${totalPages} is stored`,
    ];
  }
  if (total > rowCount) {
    return [`${name}: phản hồi có ${rowCount} dòng nhưng data.pagination.total là ${total}`];
  }
  return [];
}

/** Unit ids are the key of every observation; a repeated id would merge two units. */
export function checkUniqueIds(
  name: string,
  entries: readonly { id: string; path: string }[],
  context: CaptureContext,
): void {
  const seen = new Map<string, string>();
  for (const { id, path } of entries) {
    const first = seen.get(id);
    if (first !== undefined) {
      mismatch(name, `departmentId ${id} lặp lại (${first} và ${path})`, context);
    }
    seen.set(id, path);
  }
}

/** Metric codes are the key of a unit's criteria; a repeat would overwrite one of them. */
export function checkUniqueMetricCodes(
  name: string,
  path: string,
  metrics: readonly { code: string }[],
  context: CaptureContext,
): void {
  const seen = new Set<string>();
  metrics.forEach((metric, i) => {
    if (seen.has(metric.code)) {
      mismatch(
        name,
        `${path}.metrics[${i}].code "${metric.code}" lặp lại trong cùng đơn vị`,
        context,
      );
    }
    seen.add(metric.code);
  });
}

/** The envelope's `code` must be "OK"; anything else is the portal saying it failed. */
export function checkEnvelopeCode(
  name: string,
  code: string,
  message: string | null | undefined,
  context: CaptureContext,
): void {
  if (code !== 'OK') {
    mismatch(
      name,
      `cổng trả về mã "${code}" thay vì "OK"${message ? ` (message: ${message})` : ''}`,
      context,
      'portal-code',
    );
  }
}
