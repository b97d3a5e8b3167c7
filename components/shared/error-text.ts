import type { Locale } from '../../lib/format/vietnamese';
import { translate } from '../../lib/i18n/strings';
import { ChisoError } from '../../lib/protocol/errors';

/** A failure in the official's language: ours by its code, anything else as it reads. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof ChisoError) return translate(locale, error.code, error.params);
  return error instanceof Error ? error.message : String(error);
}
