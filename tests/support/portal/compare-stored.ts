/**
 * TEST SUPPORT ONLY: compares what parseCapture stored with what raw-expectations.ts read
 * from the same JSON.
 */
import type { Expectation, ExpectedUnit } from './raw-expectations';

interface ActualObservation {
  unitId: string;
  group: string;
  criterion: string | null;
  derived: boolean;
  score: number | null;
  maxScore: number | null;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  flags: string[];
  flagMessage: string | null;
  params: Record<string, unknown>;
}

const VALUE_FIELDS = ['score', 'maxScore', 'numerator', 'denominator', 'ratio'] as const;

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'number' && a === b);
}

/**
 * The first difference between what was stored and what the raw JSON says, or null.
 * Returns text instead of asserting so that thousands of mutations stay fast.
 */
export function firstMismatch(
  expected: Expectation,
  actual: { units: readonly ExpectedUnit[]; observations: readonly ActualObservation[] },
): string | null {
  if (actual.units.length !== expected.units.length) {
    return `units: ${actual.units.length} stored, ${expected.units.length} in JSON`;
  }
  for (let i = 0; i < expected.units.length; i++) {
    const e = expected.units[i];
    const a = actual.units[i];
    if (!e || !a) return `unit ${i} missing`;
    for (const key of ['id', 'code', 'name', 'kind', 'parentId'] as const) {
      if (!same(a[key], e[key])) {
        return `unit ${i}.${key}: stored ${JSON.stringify(a[key])}, JSON ${JSON.stringify(e[key])}`;
      }
    }
  }
  if (actual.observations.length !== expected.observations.length) {
    return `observations: ${actual.observations.length} stored, ${expected.observations.length} expected`;
  }
  for (let i = 0; i < expected.observations.length; i++) {
    const e = expected.observations[i];
    const a = actual.observations[i];
    if (!e || !a) return `observation ${i} missing`;
    const where = `observation ${i} (${e.unitId} ${e.group} ${e.criterion ?? 'total'})`;
    if (a.unitId !== e.unitId || a.group !== e.group || a.criterion !== e.criterion) {
      return `${where}: stored ${a.unitId} ${a.group} ${a.criterion ?? 'total'}`;
    }
    if (a.derived !== e.derived) return `${where}: derived ${a.derived}`;
    for (const key of VALUE_FIELDS) {
      if (!same(a[key], e[key])) {
        return `${where}.${key}: stored ${String(a[key])}, JSON ${JSON.stringify(e[key])}`;
      }
    }
    if (JSON.stringify(a.flags) !== JSON.stringify(e.flags)) return `${where}.flags`;
    if (!same(a.flagMessage, e.flagMessage)) return `${where}.flagMessage`;
    for (const [key, value] of Object.entries(a.params)) {
      if (!(key in e.source)) return `${where}.params.${key}: not in the JSON row`;
      if (!same(value, e.source[key])) {
        return `${where}.params.${key}: stored ${JSON.stringify(value)}, JSON ${JSON.stringify(e.source[key])}`;
      }
    }
  }
  return null;
}
