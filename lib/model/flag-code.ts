/**
 * Why a capture was not understood, as a code the pages word in the reader's language
 * (`strings-faults-*.ts`), never the parser's technical text. Each code comes with the one
 * thing the official can do about it.
 */
export const FLAG_CODES = [
  'not-found',
  'forbidden',
  'rate-limited',
  'server-error',
  'rejected',
  'network',
  'too-large',
  'html',
  'empty',
  'wrong-type',
  'not-json',
  'request',
  'schema',
  'mismatch',
  'portal-code',
  'unexpected',
] as const;

export type FlagCode = (typeof FLAG_CODES)[number];

/** reload: the page itself got a bad answer; later: the portal is refusing or busy; report: the portal changed. */
export type FlagAdvice = 'reload' | 'later' | 'report' | 'other-period';

const ADVICE: Record<FlagCode, FlagAdvice> = {
  'not-found': 'other-period',
  forbidden: 'later',
  'rate-limited': 'later',
  'server-error': 'later',
  rejected: 'later',
  network: 'reload',
  'too-large': 'report',
  html: 'later',
  empty: 'reload',
  'wrong-type': 'reload',
  'not-json': 'reload',
  request: 'report',
  schema: 'report',
  mismatch: 'reload',
  'portal-code': 'later',
  unexpected: 'report',
};

export function adviceOf(code: FlagCode): FlagAdvice {
  return ADVICE[code];
}

export function isFlagCode(value: unknown): value is FlagCode {
  return typeof value === 'string' && (FLAG_CODES as readonly string[]).includes(value);
}

/** The code of a refused HTTP status; null for a 2xx answer. */
export function flagCodeOfStatus(status: number): FlagCode | null {
  if (status >= 200 && status < 300) return null;
  if (status === 0) return 'network';
  if (status === 404) return 'not-found';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'rejected';
}

/**
 * The code of a stored flagged capture: the one the parser gave, or for captures flagged by
 * an older version (no code stored) the best reading of its status and content type.
 */
export function flagCodeOf(capture: {
  reasonCode?: string | null;
  status: number;
  contentType: string | null;
}): FlagCode {
  if (isFlagCode(capture.reasonCode)) return capture.reasonCode;
  const byStatus = flagCodeOfStatus(capture.status);
  if (byStatus) return byStatus;
  if (capture.contentType && /html/i.test(capture.contentType)) return 'html';
  if (capture.contentType && !/json/i.test(capture.contentType)) return 'wrong-type';
  return 'unexpected';
}
