/**
 * The badges one annotator owns, keyed by unit and criterion so none is ever doubled, and
 * rebuilt only when their anchor or their content changed (no churn on every page mutation).
 */

import type { UnitAnnotation, ViewAnnotations } from './annotations';
import { BADGE_SELECTOR, createBadge, isPlacedAt, placeBadge } from './badge';
import { type BadgeModel, criterionBadge, unitBadge } from './badge-text';
import { findCriterionAnchors } from './criterion-anchors';
import { findUnitAnchors, type UnitAnchor } from './find-anchors';

interface Placed {
  host: HTMLElement;
  anchor: Element;
  signature: string;
}

export interface BadgeLayer {
  apply(root: ParentNode, view: ViewAnnotations | null): void;
  clear(): void;
  count(): number;
  /** Whether a node is a badge this layer placed and has not removed itself. */
  owns(node: Node): boolean;
}

export function createLayer(): BadgeLayer {
  const placed = new Map<string, Placed>();

  const put = (
    seen: Set<string>,
    anchor: Element,
    model: BadgeModel,
    unitId: string,
    code?: string,
  ) => {
    const key = code === undefined ? unitId : `${unitId}\u0000${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    const signature = `${model.label}\u0000${model.title}\u0000${model.parts.map((p) => `${p.tone}:${p.text}`).join('|')}`;
    const old = placed.get(key);
    if (old && old.anchor === anchor && old.signature === signature && isPlacedAt(old.host, anchor))
      return;
    old?.host.remove();
    const host = createBadge(anchor.ownerDocument, model, unitId, code);
    placeBadge(host, anchor);
    placed.set(key, { host, anchor, signature });
  };

  const placeUnit = (
    seen: Set<string>,
    view: ViewAnnotations,
    unit: UnitAnnotation,
    anchor: UnitAnchor,
  ) => {
    put(seen, anchor.scoreElement ?? anchor.nameElement, unitBadge(unit, view), unit.unitId);
    const criteria = findCriterionAnchors(anchor.container, unit, [
      anchor.nameElement,
      anchor.scoreElement,
    ]);
    for (const criterion of unit.criteria) {
      const element = criteria.get(criterion.code);
      if (element) {
        put(seen, element, criterionBadge(unit, criterion, view), unit.unitId, criterion.code);
      }
    }
  };

  return {
    apply(root: ParentNode, view: ViewAnnotations | null): void {
      const seen = new Set<string>();
      if (view) {
        const anchors = findUnitAnchors(root, view.units);
        for (const unit of view.units) {
          const anchor = anchors.get(unit.unitId);
          if (anchor) placeUnit(seen, view, unit, anchor);
        }
      }
      for (const [key, { host }] of placed) {
        if (seen.has(key) && host.isConnected) continue;
        host.remove();
        placed.delete(key);
      }
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
