import type { z } from 'zod';

/** `profiles[0].rules[1].min`: the form a person can find in the file they wrote. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const SHOWN_ISSUES = 3;

/**
 * One line per issue, each naming the field, in Vietnamese. Only the first few are spelled
 * out: a wrong file can produce dozens of issues and the message is shown to a person.
 */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const where = fieldPath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = error.issues.length - SHOWN_ISSUES;
  return more > 0 ? `${parts.join('; ')}; (+${more} lỗi khác)` : parts.join('; ');
}

/** Error text for a missing field or one of the wrong type, naming it. */
export function typeError(label: string, kind: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `thiếu ${label}` : `${label} phải là ${kind}`;
}

/** Positions of values already seen earlier in the list. */
export function duplicateIndexes<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) out.push(index);
    seen.add(value);
  });
  return out;
}
