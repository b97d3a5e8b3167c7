import type { Locale } from '../format/vietnamese';
import { type StringKey, translate } from './strings';

/**
 * zod carries an issue's message as a string, and a validator does not know the reader's
 * language. So a validator's message carries an i18n code and its parameters, and is worded
 * in the reader's language when it is shown (`wordMessage`). Parameters named `field` and
 * `kind` are codes themselves (which field, which type).
 */
const PREFIX = 'i18n:';

export type MessageParams = Record<string, string | number>;

export function coded(key: StringKey, params: MessageParams = {}): string {
  return `${PREFIX}${JSON.stringify({ key, params })}`;
}

const WORDED_PARAMS = new Set(['field', 'kind']);

/** The message in the reader's language; a message that carries no code is shown as it is. */
export function wordMessage(message: string, locale: Locale): string {
  if (!message.startsWith(PREFIX)) return message;
  try {
    const { key, params } = JSON.parse(message.slice(PREFIX.length)) as {
      key: StringKey;
      params: MessageParams;
    };
    const worded = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        WORDED_PARAMS.has(name) ? translate(locale, value as StringKey) : value,
      ]),
    );
    return translate(locale, key, worded);
  } catch {
    return message;
  }
}
