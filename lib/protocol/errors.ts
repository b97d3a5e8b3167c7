import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/strings';

/** Every failure the background reports to a page is one of these, worded in the i18n tables. */
export type ErrorCode = Extract<StringKey, `err${string}`>;
export type ErrorParams = Record<string, string | number>;

/**
 * A failure a person can read in either language: the code and its parameters travel, and
 * the page words them in the official's language. `message` is the Vietnamese wording, for
 * logs and for callers that do not translate.
 */
export class ChisoError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(translate('vi', code, params));
    this.name = 'ChisoError';
  }
}

/** The error part of a reply: the code to translate and the Vietnamese text. */
export interface ErrorReply {
  ok: false;
  error: string;
  code: ErrorCode;
  params: ErrorParams;
}

export function errorReply(error: unknown): ErrorReply {
  const known =
    error instanceof ChisoError
      ? error
      : new ChisoError('errUnexpected', {
          detail: error instanceof Error ? error.message : String(error),
        });
  return { ok: false, error: known.message, code: known.code, params: known.params };
}
