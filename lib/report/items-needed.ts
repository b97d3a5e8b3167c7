/**
 * "What it takes": how many more counted items (at the same denominator) a unit needs for
 * its ratio to reach a target. Officials write it into the directions part of their report
 * ("cần thêm 92.784 hồ sơ … để đạt 52%", reports.md §1.7).
 */

/**
 * How far the portal's two-decimal ratio may sit from numerator ÷ denominator and still be
 * that share. Beyond it the ratio is computed some other way (a formula, not a count), and a
 * count of "items needed" would be invented.
 */
const RATIO_TOLERANCE = 0.011;

/**
 * target/100 × denominator is computed in binary floating point: 52/100 × 100 is
 * 52.000000000000007, and a bare ceil would ask for one item too many. Rounding to a
 * millionth first removes that noise; real shortfalls are whole items or clear fractions.
 */
const NOISE_DIGITS = 1e6;

export function itemsNeeded(
  numerator: number | null,
  denominator: number | null,
  target: number | null,
  ratio: number | null = null,
): number | null {
  if (numerator === null || denominator === null || target === null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || !Number.isFinite(target)) {
    return null;
  }
  if (denominator <= 0 || numerator < 0) return null;
  if (ratio !== null && Math.abs((numerator / denominator) * 100 - ratio) > RATIO_TOLERANCE) {
    return null;
  }
  const shortfall = (target * denominator) / 100 - numerator;
  const guarded = Math.round(shortfall * NOISE_DIGITS) / NOISE_DIGITS;
  return Math.max(0, Math.ceil(guarded));
}
