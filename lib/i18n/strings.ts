import type { Locale } from '../format/vietnamese';
import { en } from './strings-en';
import { type StringKey, vi } from './strings-vi';

export type { StringKey };

/** Every string the extension pages show, by locale; Vietnamese (`strings-vi.ts`) is the reference. */
export const STRINGS: Record<Locale, Record<StringKey, string>> = { vi, en };

export function translate(
  locale: Locale,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
