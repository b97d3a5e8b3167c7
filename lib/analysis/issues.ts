import type { z } from 'zod';
import type { Locale } from '../format/vietnamese';
import { coded, wordMessage } from '../i18n/coded-message';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/strings';

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
 * One line per issue, each naming the field, in the reader's language. Only the first few are
 * spelled out: a wrong file can produce dozens of issues and the message is shown to a person.
 */
export function describeIssues(error: z.ZodError, locale: Locale = 'vi'): string {
  const parts = error.issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const where = fieldPath(issue.path);
    const message = wordMessage(issue.message, locale);
    return where === '' ? message : `${where}: ${message}`;
  });
  const more = error.issues.length - SHOWN_ISSUES;
  if (more <= 0) return parts.join('; ');
  return `${parts.join('; ')}; ${translate(locale, 'valMoreIssues', { count: more })}`;
}

type FieldKey = Extract<StringKey, `field${string}`>;
type TypeKey = Extract<StringKey, `type${string}`>;

/** The message for a missing field or one of the wrong type, naming it. */
export function typeError(field: FieldKey, kind: TypeKey) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? coded('valMissing', { field })
      : coded('valWrongType', { field, kind });
}

/** The message for a number outside its range, naming the field and the value given. */
export function rangeError(field: FieldKey, min: number, max: number) {
  return (issue: { input?: unknown }) =>
    coded('valRange', { field, min, max, value: String(issue.input) });
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
