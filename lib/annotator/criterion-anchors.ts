/**
 * Finds, inside one unit's row or card, the element printing each criterion's ratio. A value
 * alone is ambiguous (two criteria at 100 %, or the unit's own ratio beside a derived share
 * that happens to be equal), so a chip goes by column: to the element whose header or label
 * names its criterion. An element whose label names another measure ("Tỷ lệ (%)") is never
 * taken for a criterion because it prints the same number; only elements the page labels
 * nowhere are matched by value, in page order. Criteria left without an element have no
 * column: their chips go to the row's summary place (plan-badges.ts).
 */

import type { CriterionAnnotation, UnitAnnotation } from './annotations';
import { elementsFor, indexTexts } from './text-index';
import { normalizeLabel, ratioTexts } from './text-match';

/** criterion code → the element printing its ratio. */
export function findCriterionAnchors(
  container: Element,
  unit: UnitAnnotation,
  exclude: readonly (Element | null)[] = [],
): Map<string, Element> {
  const forms = new Map<CriterionAnnotation, Set<string>>();
  const wanted = new Set<string>();
  for (const criterion of unit.criteria) {
    if (criterion.ratio === null) continue;
    const texts = new Set(ratioTexts(criterion.ratio));
    forms.set(criterion, texts);
    for (const text of texts) wanted.add(text);
  }
  const found = new Map<string, Element>();
  if (forms.size === 0) return found;
  const index = indexTexts(container, wanted);
  const textOf = new Map<Element, string>();
  for (const [text, elements] of index.byText) {
    for (const element of elements) textOf.set(element, text);
  }
  const elements = elementsFor(index, wanted).filter(
    (element) => !exclude.some((x) => x && (x === element || x.contains(element))),
  );
  const criteria = [...forms.keys()];
  const named = new Map<Element, CriterionAnnotation[]>();
  const unlabelled = new Set<Element>();
  for (const element of elements) {
    const labels = labelsOf(element, container);
    if (!labels.some((label) => label !== '')) unlabelled.add(element);
    named.set(
      element,
      criteria.filter((c) => labels.some((label) => names(label, c))),
    );
  }
  const assign = (element: Element, pool: readonly CriterionAnnotation[]) => {
    const text = textOf.get(element) ?? '';
    const match = pool.find((c) => !found.has(c.code) && forms.get(c)?.has(text));
    if (match) found.set(match.code, element);
    return match !== undefined;
  };
  const taken = new Set<Element>();
  for (const element of elements) {
    if (assign(element, named.get(element) ?? [])) taken.add(element);
  }
  // An element labelled for another measure is that measure's, even when its value is equal.
  for (const element of elements) {
    if (!taken.has(element) && unlabelled.has(element)) assign(element, criteria);
  }
  return found;
}

// Criterion names repeat for every unit of a view; normalise each once.
const normalizedNames = new Map<string, string>();

function names(label: string, criterion: CriterionAnnotation): boolean {
  if (!label) return false;
  let name = normalizedNames.get(criterion.name);
  if (name === undefined) {
    name = normalizeLabel(criterion.name);
    normalizedNames.set(criterion.name, name);
  }
  return (name !== '' && label.includes(name)) || label === criterion.code.toLowerCase();
}

/** What the page says the value is: its column header in a table, else its list item's text. */
function labelsOf(element: Element, container: Element): string[] {
  const cell = element.closest('td, th');
  if (cell && container.contains(cell) && cell !== container) return headerLabels(cell);
  const own = normalizeLabel(element.textContent ?? '');
  let parent = element.parentElement;
  for (let level = 0; parent && parent !== container && level < 2; level += 1) {
    const text = normalizeLabel(parent.textContent ?? '');
    if (text !== own) return [text];
    parent = parent.parentElement;
  }
  return [];
}

/**
 * Header labels per column of a table, read once per pass: every row of a 164-unit table
 * asks for the same headers. Keyed by the header row elements, so a re-rendered header is
 * read again.
 */
const headerCache = new WeakMap<Element, string[][]>();

function columnLabels(headerRow: Element): string[][] {
  let columns = headerCache.get(headerRow);
  if (!columns) {
    columns = [];
    for (const header of headerRow.children) {
      const span = Number(header.getAttribute('colspan') ?? 1) || 1;
      const labels = [
        normalizeLabel(header.textContent ?? ''),
        normalizeLabel(header.getAttribute('title') ?? ''),
      ];
      for (let i = 0; i < span; i++) columns.push(labels);
    }
    headerCache.set(headerRow, columns);
  }
  return columns;
}

/** Header texts (and titles, where tables keep codes) above the cell's column. */
function headerLabels(cell: Element): string[] {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return [];
  const column = columnOf(cell);
  const labels: string[] = [];
  for (const headerRow of headerRows(table)) {
    if (headerRow === row) continue;
    labels.push(...(columnLabels(headerRow)[column] ?? []));
  }
  return labels;
}

/**
 * `tHead.rows` is a collection the browser keeps: asking it for every cell of a 164-row table
 * costs nothing, where a `querySelectorAll` would walk the whole table each time.
 */
function headerRows(table: Element): Iterable<Element> {
  const head = (table as Partial<HTMLTableElement>).tHead;
  return head?.rows ?? table.querySelectorAll(':scope > thead > tr');
}

function columnOf(cell: Element): number {
  let column = 0;
  for (
    let sibling = cell.previousElementSibling;
    sibling;
    sibling = sibling.previousElementSibling
  ) {
    column += Number(sibling.getAttribute('colspan') ?? 1) || 1;
  }
  return column;
}
