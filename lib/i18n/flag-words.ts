import type { Locale } from '../format/vietnamese';
import { adviceOf, type FlagAdvice, type FlagCode } from '../model/flag-code';
import { type StringKey, translate } from './strings';

const REASON: Record<FlagCode, StringKey> = {
  'not-found': 'flagNotFound',
  forbidden: 'flagForbidden',
  'rate-limited': 'flagRateLimited',
  'server-error': 'flagServerError',
  rejected: 'flagRejected',
  network: 'flagNetwork',
  'too-large': 'flagTooLarge',
  html: 'flagHtml',
  empty: 'flagEmpty',
  'wrong-type': 'flagWrongType',
  'not-json': 'flagNotJson',
  request: 'flagRequest',
  schema: 'flagSchema',
  mismatch: 'flagMismatch',
  'portal-code': 'flagPortalCode',
  unexpected: 'flagUnexpected',
};

const ADVICE: Record<FlagAdvice, StringKey> = {
  reload: 'adviceReload',
  later: 'adviceLater',
  report: 'adviceReport',
  'other-period': 'adviceOtherPeriod',
};

/** Why a capture was not stored, in the reader's language. */
export function flagReasonText(code: FlagCode, locale: Locale): string {
  return translate(locale, REASON[code]);
}

/** What the official can do about it, in the reader's language. */
export function flagAdviceText(code: FlagCode, locale: Locale): string {
  return translate(locale, ADVICE[adviceOf(code)]);
}
