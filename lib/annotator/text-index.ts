/**
 * One pass over the page that finds the elements printing exactly one of the texts we look for.
 * Anchoring by printed text (not CSS paths) is what lets the annotator survive portal redesigns.
 */

import { normalizeLabel } from './text-match';

/** Marks every element the annotator inserts; the index and the observer ignore these. */
export const BADGE_ATTRIBUTE = 'data-chiso766';

/** Never data the official reads as a row: code, hidden templates, and pickers' option lists. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'OPTION', 'NOSCRIPT']);

export interface TextIndex {
  /** Normalized text → the elements printing it, in document order. */
  byText: Map<string, Element[]>;
  /** Position of every indexed element in document order, for "closest after" decisions. */
  order: Map<Element, number>;
}

function skipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute(BADGE_ATTRIBUTE);
}

/**
 * Indexes the deepest elements whose normalized text is in `wanted`: for `<td><a>X</a></td>` the
 * `<a>`, for `<td><b>UBND</b> xã X</td>` the `<td>` (no child says the whole name).
 */
export function indexTexts(root: ParentNode, wanted: ReadonlySet<string>): TextIndex {
  const byText = new Map<string, Element[]>();
  const order = new Map<Element, number>();
  let longest = 0;
  for (const text of wanted) longest = Math.max(longest, text.length);
  // Decomposed marks and runs of spaces make raw text longer than its normalized form; anything
  // far longer cannot normalize to a wanted text, so we skip normalizing big containers.
  const limit = longest * 3 + 16;
  const textOf = (element: Element): string | null => {
    const raw = element.textContent ?? '';
    return raw.length > limit ? null : normalizeLabel(raw);
  };
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    const children = parent.children;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child && !skipped(child)) stack.push(child);
    }
  };
  pushChildren(root);
  let position = 0;
  for (let element = stack.pop(); element; element = stack.pop()) {
    position += 1;
    const text = textOf(element);
    if (text !== null && wanted.has(text) && !childSays(element, text, textOf)) {
      const list = byText.get(text);
      if (list) list.push(element);
      else byText.set(text, [element]);
      order.set(element, position);
    }
    pushChildren(element);
  }
  return { byText, order };
}

function childSays(
  element: Element,
  text: string,
  textOf: (element: Element) => string | null,
): boolean {
  for (const child of element.children) {
    if (!skipped(child) && textOf(child) === text) return true;
  }
  return false;
}

/** The indexed elements printing any of `texts`, in document order. */
export function elementsFor(index: TextIndex, texts: Iterable<string>): Element[] {
  const found = new Set<Element>();
  for (const text of texts) {
    for (const element of index.byText.get(text) ?? []) found.add(element);
  }
  return [...found].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}
