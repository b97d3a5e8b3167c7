/**
 * Every unit of a view with what its chips say, as plain text: the portal page's badges for
 * readers who cannot reach them (keyboard, screen reader). Worded by the badges' own functions
 * so the list and the chips never disagree.
 */

import type { UnitAnnotation, ViewAnnotations } from '../annotator/annotations';
import { criterionBadge, unitBadge } from '../annotator/badge-text';
import { formatNumber, type Locale } from '../format/vietnamese';
import { criterionInfo } from '../model/criteria';

export interface ChipLine {
  /** Criterion name; null for the unit's own chip (Δ and rank of its score). */
  criterion: string | null;
  /** The chip's parts at full length, "✗ thiếu 13,78 ▲ 7,82". */
  chip: string;
  /** The sentence a screen reader hears for the same chip. */
  sentence: string;
}

export interface UnitListRow {
  unitId: string;
  name: string;
  /** "84,41/100", "–" when the view has no score for the unit. */
  score: string;
  rating: string | null;
  lines: ChipLine[];
}

function scoreText(unit: UnitAnnotation, locale: Locale): string {
  if (unit.score === null) return '–';
  const score = formatNumber(unit.score, 2, locale);
  if (unit.maxScore === null) return score;
  // Maxima are whole points more often than not: 84,41/100, as the scorecard writes it.
  const digits = Number.isInteger(unit.maxScore) ? 0 : 2;
  return `${score}/${formatNumber(unit.maxScore, digits, locale)}`;
}

/** One row per unit in the view's order; chips with nothing to say leave no line. */
export function unitListRows(view: ViewAnnotations, locale: Locale = 'vi'): UnitListRow[] {
  return view.units.map((unit) => {
    const lines: ChipLine[] = [];
    const own = unitBadge(unit, view, locale);
    if (own.parts.length > 0) {
      lines.push({
        criterion: null,
        chip: own.parts.map((p) => p.text).join(' '),
        sentence: own.label,
      });
    }
    for (const criterion of unit.criteria) {
      const model = criterionBadge(unit, criterion, view, locale);
      if (model.parts.length === 0) continue;
      lines.push({
        criterion:
          locale === 'en'
            ? (criterionInfo(criterion.code)?.nameEn ?? criterion.name)
            : criterion.name,
        chip: model.parts.map((p) => p.text).join(' '),
        sentence: model.label,
      });
    }
    return {
      unitId: unit.unitId,
      name: unit.name,
      score: scoreText(unit, locale),
      rating: unit.rating,
      lines,
    };
  });
}
