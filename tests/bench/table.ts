/**
 * The bench table: one line per figure, with its baseline (measured in the same run where one
 * exists), its goal and whether it meets it. Printed for people, or as JSON with `--json`.
 */

export interface BenchLine {
  /** What is measured, in a few words. */
  name: string;
  /** The figure, as printed (with its unit). */
  figure: string;
  /** The baseline measured in the same run, as printed; empty when the line has none. */
  baseline: string;
  /** The goal, as printed (`≤ 1,05×`, `≤ 100 ms`). */
  goal: string;
  pass: boolean;
  /** The numbers behind the figure, for machines. */
  value: number;
  unit: string;
  /** Anything a reader needs to judge the line (runs, sizes, spread). */
  note?: string;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** `1 234,5`: the README and the table speak Vietnamese number style. */
export function num(value: number, digits = 1): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatTable(lines: readonly BenchLine[]): string {
  const rows = [
    ['line', 'figure', 'baseline (same run)', 'goal', ''],
    ...lines.map((l) => [l.name, l.figure, l.baseline || '—', l.goal, l.pass ? 'PASS' : 'FAIL']),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const out = rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`);
  out.splice(1, 0, `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  const notes = lines.filter((l) => l.note).map((l) => `- ${l.name}: ${l.note}`);
  return [...out, '', ...notes].join('\n');
}
