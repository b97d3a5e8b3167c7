/**
 * Round to the portal's two decimals, dropping float noise (59.92000000000001,
 * −0.47000000000000064) and negative zero. Not for display only: ranks and deltas are computed
 * on these values, so two units showing the same score share a rank. `null` stays `null`, and
 * so does a value that is not a finite number.
 */
export function round2(value: number): number;
export function round2(value: number | null): number | null;
export function round2(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  // Past 2^53 / 100 a double holds no hundredths to round, and ×100 could overflow to
  // Infinity, which would turn a stored (if absurd) number into no value at all.
  if (Math.abs(value) >= 2 ** 53 / 100) return value + 0;
  return Math.round(value * 100) / 100 + 0;
}
