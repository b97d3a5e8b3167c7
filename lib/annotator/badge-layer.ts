/**
 * The badges one annotator owns, keyed by unit and criterion so none is ever doubled, and
 * rebuilt only when their anchor or their content changed (no churn on every page mutation).
 */

import type { CriterionAnnotation, UnitAnnotation, ViewAnnotations } from './annotations';
import { BADGE_SELECTOR, createBadge, goesInside, isPlacedAt, placeBadge } from './badge';
import { type BadgeModel, criterionBadge, unitBadge } from './badge-text';
import { findCriterionAnchors } from './criterion-anchors';
import { findUnitAnchors, type UnitAnchor } from './find-anchors';

interface Placed {
  host: HTMLElement;
  anchor: Element;
  signature: string;
  /** Placed inside the anchor rather than after it (see goesInside). */
  inside: boolean;
}

export interface BadgeLayer {
  apply(root: ParentNode, view: ViewAnnotations | null): void;
  clear(): void;
  count(): number;
  /** Whether a node is a badge this layer placed and has not removed itself. */
  owns(node: Node): boolean;
}

interface Planned {
  key: string;
  anchor: Element;
  model: BadgeModel;
  signature: string;
  unitId: string;
  code: string | undefined;
}

/** Where every badge of the view should be; reads the page only, writes nothing. */
function plan(root: ParentNode, view: ViewAnnotations): Planned[] {
  const out: Planned[] = [];
  const seen = new Set<string>();
  const add = (anchor: Element, model: BadgeModel, unitId: string, code?: string) => {
    const key = code === undefined ? unitId : `${unitId}\u0000${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    const parts = model.parts.map((p) => `${p.tone}:${p.text}`).join('|');
    const signature = `${model.label}\u0000${model.title}\u0000${parts}`;
    out.push({ key, anchor, model, signature, unitId, code });
  };
  const anchors = findUnitAnchors(root, view.units);
  for (const unit of view.units) {
    const anchor = anchors.get(unit.unitId);
    if (anchor) planUnit(view, unit, anchor, add);
  }
  return out;
}

function planUnit(
  view: ViewAnnotations,
  unit: UnitAnnotation,
  anchor: UnitAnchor,
  add: (anchor: Element, model: BadgeModel, unitId: string, code?: string) => void,
) {
  add(anchor.scoreElement ?? anchor.nameElement, unitBadge(unit, view), unit.unitId);
  const criteria = findCriterionAnchors(anchor.container, unit, [
    anchor.nameElement,
    anchor.scoreElement,
  ]);
  for (const criterion of unit.criteria) {
    const element = criteria.get(criterion.code);
    if (element && hasSomethingToSay(criterion)) {
      add(element, criterionBadge(unit, criterion, view), unit.unitId, criterion.code);
    }
  }
}

/**
 * A criterion with no target and nothing to compare with would only say "mới" or "–" on
 * every row: noise for the official, and work for the page. Its details stay in the side
 * panel.
 */
function hasSomethingToSay(criterion: CriterionAnnotation): boolean {
  return (
    criterion.target.status !== 'no-target' ||
    criterion.delta.delta !== null ||
    criterion.delta.reason === 'provisional'
  );
}

export function createLayer(): BadgeLayer {
  const placed = new Map<string, Placed>();

  return {
    apply(root: ParentNode, view: ViewAnnotations | null): void {
      const wanted = view ? plan(root, view) : [];
      const keys = new Set(wanted.map((w) => w.key));
      const redo = wanted.filter((w) => {
        const old = placed.get(w.key);
        return !(
          old &&
          old.anchor === w.anchor &&
          old.signature === w.signature &&
          isPlacedAt(old.host, w.anchor, old.inside)
        );
      });
      const redoKeys = new Set(redo.map((w) => w.key));
      // All layout reads before the first write, so the browser computes styles once.
      const inside = redo.map((w) => goesInside(w.anchor));
      for (const [key, { host }] of placed) {
        if (keys.has(key) && host.isConnected && !redoKeys.has(key)) continue;
        host.remove();
        placed.delete(key);
      }
      redo.forEach((w, i) => {
        const host = createBadge(w.anchor.ownerDocument, w.model, w.unitId, w.code);
        const within = inside[i] ?? false;
        placeBadge(host, w.anchor, within);
        placed.set(w.key, { host, anchor: w.anchor, signature: w.signature, inside: within });
      });
      // Hosts we do not track are copies the page cloned along with its rows, or leftovers of
      // an earlier annotator: either way a second badge for the same value.
      const mine = new Set([...placed.values()].map((p) => p.host));
      for (const host of root.querySelectorAll(BADGE_SELECTOR)) {
        if (!mine.has(host as HTMLElement)) host.remove();
      }
    },
    clear(): void {
      for (const { host } of placed.values()) host.remove();
      placed.clear();
    },
    owns(node: Node): boolean {
      for (const { host } of placed.values()) if (host === node) return true;
      return false;
    },
    count(): number {
      let n = 0;
      for (const { host } of placed.values()) if (host.isConnected) n += 1;
      return n;
    },
  };
}
