/**
 * Which badges a view gets and where each may go, read from the page without writing to it:
 * a unit's chip beside its score (else its name); a criterion's chip in the column whose
 * header names it; a targeted share with no column of its own beside the row's name, and for
 * the root beside the page's heading of the group. Chips with nothing to say are not planned.
 */

import type { Locale } from '../format/vietnamese';
import type { CriterionAnnotation, UnitAnnotation, ViewAnnotations } from './annotations';
import { type BadgeModel, criterionBadge, unitBadge } from './badge-text';
import { type Mark, markOf } from './badge-words';
import { findCriterionAnchors } from './criterion-anchors';
import { findUnitAnchors, type UnitAnchor } from './find-anchors';
import { findHeading } from './heading-anchor';

export interface Planned {
  key: string;
  /** Where the badge may go, best first: a unit's score, then its name. */
  anchors: Element[];
  model: BadgeModel;
  unitId: string;
  code: string | undefined;
}

const LEVEL: Record<UnitAnnotation['kind'], number> = {
  NATION: 0,
  PROVINCE: 1,
  AGENCY: 2,
  COMMUNE: 2,
};

/** The unit the view is about (the nation, or the province over its agencies and communes). */
function rootOf(units: readonly UnitAnnotation[]): UnitAnnotation | null {
  let root: UnitAnnotation | null = null;
  for (const unit of units) if (!root || LEVEL[unit.kind] < LEVEL[root.kind]) root = unit;
  return root && units.some((u) => LEVEL[u.kind] > LEVEL[root.kind]) ? root : null;
}

/** A target the portal prints no value for, so only a chip can show it. */
const unshown = (criterion: CriterionAnnotation, found: ReadonlyMap<string, Element>) =>
  !found.has(criterion.code) &&
  criterion.ratio !== null &&
  criterion.target.status !== 'no-target' &&
  criterion.target.status !== 'no-data';

/** The decimal mark the page prints scores with, from the first score it shows. */
function pageMark(anchors: ReadonlyMap<string, UnitAnchor>): Mark | null {
  for (const anchor of anchors.values()) {
    const mark = markOf(anchor.scoreElement?.textContent);
    if (mark) return mark;
  }
  return null;
}

export function planBadges(root: ParentNode, view: ViewAnnotations, locale: Locale): Planned[] {
  const out: Planned[] = [];
  const seen = new Set<string>();
  const add = (anchors: Element[], model: BadgeModel, unitId: string, code?: string) => {
    const key = code === undefined ? unitId : `${unitId}\u0000${code}`;
    if (model.parts.length === 0 || anchors.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ key, anchors, model, unitId, code });
  };
  const anchors = findUnitAnchors(root, view.units);
  const mark = pageMark(anchors);
  const top = rootOf(view.units);
  let heading: Element | null | undefined;
  for (const unit of view.units) {
    const anchor = anchors.get(unit.unitId);
    const found = anchor
      ? findCriterionAnchors(anchor.container, unit, [anchor.nameElement, anchor.scoreElement])
      : new Map<string, Element>();
    if (anchor) {
      const place = anchor.scoreElement
        ? [anchor.scoreElement, anchor.nameElement]
        : [anchor.nameElement];
      add(place, unitBadge(unit, view, locale, mark), unit.unitId);
    }
    for (const criterion of unit.criteria) {
      const element = found.get(criterion.code);
      if (element) {
        add(
          [element],
          criterionBadge(unit, criterion, view, locale, mark),
          unit.unitId,
          criterion.code,
        );
        continue;
      }
      if (!unshown(criterion, found)) continue;
      if (unit === top) {
        heading ??= findHeading(root, view.viewLabel, view.periodLabel.slice(-4));
        if (heading) {
          const model = criterionBadge(unit, criterion, view, locale, mark, 'heading');
          add([heading], model, unit.unitId, criterion.code);
          continue;
        }
      }
      const model = criterionBadge(unit, criterion, view, locale, mark, 'row');
      if (anchor) add([anchor.nameElement], model, unit.unitId, criterion.code);
    }
  }
  return out;
}
