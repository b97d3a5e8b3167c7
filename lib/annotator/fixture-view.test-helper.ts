/**
 * A small portal-like page and its annotations for the annotator's unit tests: a table whose
 * "Tỷ lệ (%)" column and two criterion columns all print 0.00, and a heading naming the group.
 */

import type { CriterionAnnotation, UnitAnnotation, ViewAnnotations } from './annotations';

export const ROOT = 'root-id';
export const CHILD = 'child-id';

export function criterion(
  code: string,
  ratio: number | null,
  target: CriterionAnnotation['target'] = { status: 'no-target', target: null, gap: null },
  delta: number | null = 0.5,
): CriterionAnnotation {
  return {
    code,
    name: code === 'CODE_A' ? 'Tỷ lệ A' : code === 'CODE_B' ? 'Tỷ lệ B' : `Tỷ lệ ${code}`,
    ratio,
    score: null,
    maxScore: null,
    fullScoreAt: null,
    target,
    delta: { delta, previous: 1, reason: null, previousLabel: 'Tháng 07/2026' },
  };
}

export function unit(
  unitId: string,
  name: string,
  kind: UnitAnnotation['kind'],
  criteria: CriterionAnnotation[],
  delta: number | null = 0,
): UnitAnnotation {
  return {
    unitId,
    name,
    kind,
    score: 0,
    maxScore: 10,
    delta: { delta, previous: 0, reason: null, previousLabel: 'Tháng 07/2026' },
    rank: null,
    rating: null,
    criteria,
  };
}

export function view(units: UnitAnnotation[]): ViewAnnotations {
  return {
    snapshotKey: 'k',
    viewLabel: 'Thanh toán trực tuyến',
    periodLabel: 'Tháng 08/2026',
    viewLabelEn: 'Online payment',
    periodLabelEn: '08/2026',
    provisional: false,
    profileName: null,
    units,
  };
}

/** The page: a heading, then a table where every number of a row is 0.00. */
export function renderPage(doc: Document, extraColumns = true): HTMLElement {
  const main = doc.createElement('main');
  const heading = doc.createElement('p');
  const name = doc.createElement('strong');
  name.textContent = 'UBND tỉnh Thử';
  const period = doc.createElement('span');
  period.textContent = ' · Thanh toán trực tuyến · Tháng 08/2026';
  heading.append(name, period);
  const table = doc.createElement('table');
  const head = table.createTHead().insertRow();
  const columns = ['STT', 'Đơn vị', 'Điểm', 'Tỷ lệ (%)'];
  if (extraColumns) columns.push('Tỷ lệ A', 'Tỷ lệ B');
  for (const label of columns) {
    const th = doc.createElement('th');
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const [id, unitName] of [
    [ROOT, 'UBND tỉnh Thử'],
    [CHILD, 'UBND xã Một'],
  ] as const) {
    const row = body.insertRow();
    row.dataset.unitId = id;
    const cells = ['', unitName, '0.00', '0.00'];
    if (extraColumns) cells.push('0.00', '0.00');
    for (const text of cells) row.insertCell().textContent = text;
  }
  main.append(heading, table);
  doc.body.replaceChildren(main);
  return main;
}
