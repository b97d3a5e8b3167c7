/**
 * How the annotator compares what the page prints with what it knows. Matching is by text only,
 * so both sides go through the same normalization.
 */

/**
 * NFC first: real captures carry names with combining marks (domain-766 §8.6), and the page may
 * print either form. `\s` covers NBSP and the other Unicode spaces that tables like to use.
 */
// A table repeats the same few texts (0,00; 100,00; column headers) hundreds of times, and
// locale-aware lower-casing is the slow part of a pass: remember recent results.
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 4096;

export function normalizeLabel(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

/** True when `value` has at most `digits` decimals, within float noise. */
function exactAt(value: number, digits: number): boolean {
  const scaled = value * 10 ** digits;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * The texts a page may print for a score, already normalized: `7,96` and `7.96`, and the shorter
 * forms only when they are exact (8 → `8`, `8,0`, `8,00`), so 7,96 never matches a printed `8`.
 * With `percent`, each form also comes with `%` and ` %` (ratios).
 */
// Every unit's score and every criterion's ratio asks for its forms on every pass; values repeat.
const formsOf = new Map<string, readonly string[]>();

export function scoreTexts(value: number, percent = false): readonly string[] {
  const key = `${value}${percent ? '%' : ''}`;
  let out = formsOf.get(key);
  if (out === undefined) {
    out = computeScoreTexts(value, percent);
    if (formsOf.size >= MAX_REMEMBERED) formsOf.clear();
    formsOf.set(key, out);
  }
  return out;
}

function computeScoreTexts(value: number, percent: boolean): string[] {
  if (!Number.isFinite(value)) return [];
  const forms: string[] = [value.toFixed(2)];
  if (exactAt(value, 1)) forms.push(value.toFixed(1));
  if (exactAt(value, 0)) forms.push(value.toFixed(0));
  const out = new Set<string>();
  for (const dotted of forms) {
    for (const form of [dotted, dotted.replace('.', ',')]) {
      out.add(form);
      if (percent) {
        out.add(`${form}%`);
        out.add(`${form} %`);
      }
    }
  }
  return [...out];
}

/** A ratio may be printed bare (table columns headed "%") or with its percent sign (cards). */
export function ratioTexts(value: number): readonly string[] {
  return scoreTexts(value, true);
}

/** What a page prints where a value is missing; matched only for units whose value is null. */
export const MISSING_TEXTS: readonly string[] = ['—', '–', '-', 'n/a'];

/** The texts that stand for `value` on the page, or the "missing" dashes for null. */
export function valueTexts(value: number | null, percent = false): readonly string[] {
  return value === null ? MISSING_TEXTS : scoreTexts(value, percent);
}
