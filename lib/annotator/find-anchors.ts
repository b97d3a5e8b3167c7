/**
 * Finds where the page shows each unit: the element printing its name, the row or card around
 * it, and the element printing its score inside that row or card.
 */

import type { UnitAnnotation } from './annotations';
import { elementsFor, indexTexts, type TextIndex } from './text-index';
import { normalizeLabel, valueTexts } from './text-match';

export interface UnitAnchor {
  nameElement: Element;
  /** Null only when the unit has no score and the page prints no dash for it. */
  scoreElement: Element | null;
  /** The row or card: the smallest ancestor of the name that also shows the score. */
  container: Element;
}

/** A row or card is never deeper than this above its name cell; beyond, we left the item. */
const MAX_LEVELS = 6;

// DOCUMENT_POSITION_FOLLOWING, spelled out so the code needs no Node global.
const FOLLOWING = 4;

export function findUnitAnchors(
  root: ParentNode,
  units: readonly UnitAnnotation[],
): Map<string, UnitAnchor> {
  const byName = new Map<string, UnitAnnotation[]>();
  const wanted = new Set<string>();
  for (const unit of units) {
    const key = normalizeLabel(unit.name);
    if (!key) continue;
    const same = byName.get(key);
    if (same) same.push(unit);
    else byName.set(key, [unit]);
    wanted.add(key);
    for (const text of valueTexts(unit.score)) wanted.add(text);
  }
  const index = indexTexts(root, wanted);
  const names = elementsFor(index, byName.keys());
  const keyOf = new Map<Element, string>();
  const position = new Map<Element, number>();
  for (const key of byName.keys()) {
    for (const element of index.byText.get(key) ?? []) keyOf.set(element, key);
  }
  for (const [i, element] of names.entries()) position.set(element, i);

  const anchors = new Map<string, UnitAnchor>();
  const used = new Set<Element>();
  for (const [key, group] of byName) {
    const shared = group.length > 1;
    const candidates = index.byText.get(key) ?? [];
    for (const unit of group) {
      if (anchors.has(unit.unitId)) continue;
      for (const nameElement of candidates) {
        if (used.has(nameElement)) continue;
        const anchor = climb(nameElement, unit, { index, names, keyOf, position, shared });
        if (!anchor) continue;
        used.add(nameElement);
        anchors.set(unit.unitId, anchor);
        break;
      }
    }
  }
  return anchors;
}

interface Context {
  index: TextIndex;
  /** Every element printing some unit's name, in document order. */
  names: Element[];
  keyOf: Map<Element, string>;
  position: Map<Element, number>;
  /** Several units carry this name, so one row or card must hold only one of them. */
  shared: boolean;
}

function climb(nameElement: Element, unit: UnitAnnotation, context: Context): UnitAnchor | null {
  const key = context.keyOf.get(nameElement);
  const at = context.position.get(nameElement) ?? -1;
  const scores = elementsFor(context.index, valueTexts(unit.score));
  let widest: Element | null = null;
  let ancestor = nameElement.parentElement;
  for (let level = 1; ancestor && level <= MAX_LEVELS; level += 1) {
    if (holdsAnotherUnit(ancestor, at, key, context)) break;
    const scoreElement = closestScore(ancestor, nameElement, scores, context.index);
    if (scoreElement) return { nameElement, scoreElement, container: ancestor };
    widest = ancestor;
    ancestor = ancestor.parentElement;
  }
  // With no score to verify against, the widest single-unit ancestor is the best container;
  // a unit WITH a score that the page does not print is not the data we annotate: no anchor.
  if (unit.score === null && widest) return { nameElement, scoreElement: null, container: widest };
  return null;
}

/**
 * An ancestor's descendants are one contiguous run in document order, so only the name
 * elements next to ours need checking, walking outwards while they are still inside.
 */
function holdsAnotherUnit(
  ancestor: Element,
  at: number,
  key: string | undefined,
  context: Context,
): boolean {
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < context.names.length; i += step) {
      const other = context.names[i];
      if (!other || !ancestor.contains(other)) break;
      if (context.shared || context.keyOf.get(other) !== key) return true;
    }
  }
  return false;
}

/** The score element inside `ancestor` closest after the name, else the last one before it. */
function closestScore(
  ancestor: Element,
  nameElement: Element,
  scores: readonly Element[],
  index: TextIndex,
): Element | null {
  let before: Element | null = null;
  const nameAt = index.order.get(nameElement) ?? 0;
  for (const element of scores) {
    if (element === nameElement || !ancestor.contains(element)) continue;
    if (nameElement.contains(element) || element.contains(nameElement)) continue;
    const at = index.order.get(element);
    const after =
      at === undefined
        ? (nameElement.compareDocumentPosition(element) & FOLLOWING) !== 0
        : at > nameAt;
    if (after) return element;
    before = element;
  }
  return before;
}
