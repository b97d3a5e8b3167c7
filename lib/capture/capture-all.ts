/**
 * "Lưu đủ các nhóm": fetches, one by one, the groups of the view the official is looking
 * at that are not stored yet. Polite by construction: strictly sequential, at least
 * `minGapMs` between one answer and the next request (plus jitter), and it stops for good
 * at the first sign that the portal does not want more (403, 429, an HTML page, 5xx, a
 * timeout, a network error). What was stored before the stop stays stored; running it
 * again continues with what is still missing.
 */

import type { Locale } from '../format/vietnamese';
import { flagReasonText } from '../i18n/flag-words';
import { type StringKey, translate } from '../i18n/strings';
import { isFlagCode } from '../model/flag-code';
import { GROUPS, type GroupCode } from '../model/groups';

export interface CaptureStep {
  group: GroupCode | 'TOTAL';
  /** The portal adapter's endpoint for the group; opaque here. */
  endpoint: string;
  /** Person-readable group name for the progress bar. */
  label: string;
  /** The exact JSON body the portal page itself sends for this view. */
  body: string;
}

export interface FetchedResponse {
  status: number;
  contentType: string | null;
  responseText: string;
  observedAt: string;
}

export type StopReason =
  | 'forbidden'
  | 'rate-limited'
  | 'html'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'rejected'
  /** The browser stopped the extension's worker in the middle of the run. */
  | 'interrupted';

export interface CaptureAllProgress {
  state: 'running' | 'waiting' | 'done' | 'stopped';
  /** Steps finished (stored) so far. */
  done: number;
  total: number;
  /** The step being fetched or waited for. */
  current: CaptureStep | null;
  stored: string[];
  stop?: CaptureAllStop;
}

export interface CaptureAllDeps {
  /** Performs one request from the portal page's origin; rejects on network error/timeout. */
  fetchStep(step: CaptureStep): Promise<FetchedResponse>;
  /** Stores a response; returns whether it was understood (a flagged one stops the run). */
  store(
    step: CaptureStep,
    response: FetchedResponse,
  ): Promise<{ ok: boolean; reason: string | null }>;
  sleep(ms: number): Promise<void>;
  random?: () => number;
  onProgress?(progress: CaptureAllProgress): void;
  minGapMs?: number;
  jitterMs?: number;
  signal?: AbortSignal;
}

export const MIN_GAP_MS = 1000;
export const JITTER_MS = 250;

/** Why a response means "stop now", or null when it may be stored. */
export function stopReasonOf(response: FetchedResponse): StopReason | null {
  if (response.status === 403) return 'forbidden';
  if (response.status === 429) return 'rate-limited';
  if (response.status >= 500) return 'server-error';
  const type = response.contentType?.toLowerCase() ?? '';
  const head = response.responseText.trimStart().slice(0, 1);
  if (type.includes('html') || head === '<') return 'html';
  if (response.status < 200 || response.status >= 300) return 'rejected';
  return null;
}

const WHY: Record<StopReason, StringKey> = {
  forbidden: 'stopForbidden',
  'rate-limited': 'stopRateLimited',
  html: 'stopHtml',
  'server-error': 'stopServerError',
  timeout: 'stopTimeout',
  network: 'stopNetwork',
  rejected: 'stopRejected',
  interrupted: 'stopInterrupted',
};

/** Why a run stopped, what it was fetching and how much it kept: enough to word it anew. */
export interface CaptureAllStop {
  reason: StopReason;
  endpoint: string;
  /** The group's name in Vietnamese (the step's label). */
  label: string;
  group: GroupCode | 'TOTAL';
  status: number;
  /** Groups stored in this run before it stopped. */
  kept: number;
  /** Why the parser refused a response it could not understand (a `FlagCode`). */
  detail: string | null;
  /** The sentence in Vietnamese, for logs. */
  message: string;
}

/** A step's name in the official's language: the group's own name, or the summary tab's. */
export function stepName(step: Pick<CaptureStep, 'group' | 'label'>, locale: Locale): string {
  const info = GROUPS.find((g) => g.code === step.group);
  if (info) return locale === 'vi' ? info.name : info.nameEn;
  return step.group === 'TOTAL' && locale === 'en' ? 'Summary' : step.label;
}

/** The sentence the side panel shows when a run stops, in the official's language. */
export function stopText(stop: Omit<CaptureAllStop, 'message'>, locale: Locale = 'vi'): string {
  const why = translate(locale, WHY[stop.reason]);
  const status =
    stop.status > 0 && !why.includes(String(stop.status)) ? ` (HTTP ${stop.status})` : '';
  const group = stepName(stop, locale);
  const sentence = translate(locale, 'stopSentence', { why, status, group, kept: stop.kept });
  if (!stop.detail) return sentence;
  // Runs saved by an older version carry the parser's text rather than a code.
  const reason = isFlagCode(stop.detail) ? flagReasonText(stop.detail, locale) : stop.detail;
  return `${sentence} ${translate(locale, 'stopReason', { reason })}`;
}

export async function runCaptureAll(
  steps: readonly CaptureStep[],
  deps: CaptureAllDeps,
): Promise<CaptureAllProgress> {
  const minGap = Math.max(MIN_GAP_MS, deps.minGapMs ?? MIN_GAP_MS);
  const jitter = deps.jitterMs ?? JITTER_MS;
  const random = deps.random ?? Math.random;
  const progress: CaptureAllProgress = {
    state: 'running',
    done: 0,
    total: steps.length,
    current: null,
    stored: [],
  };
  const report = () => deps.onProgress?.({ ...progress, stored: [...progress.stored] });
  const stop = (reason: StopReason, step: CaptureStep, status: number, detail?: string | null) => {
    progress.state = 'stopped';
    const facts = {
      reason,
      endpoint: step.endpoint,
      label: step.label,
      group: step.group,
      status,
      kept: progress.stored.length,
      detail: detail ?? null,
    };
    progress.stop = { ...facts, message: stopText(facts) };
    report();
    return { ...progress };
  };

  for (const [index, step] of steps.entries()) {
    if (deps.signal?.aborted) break;
    progress.current = step;
    if (index > 0) {
      progress.state = 'waiting';
      report();
      await deps.sleep(minGap + Math.floor(random() * jitter));
    }
    progress.state = 'running';
    report();
    let response: FetchedResponse;
    try {
      response = await deps.fetchStep(step);
    } catch (error) {
      const timedOut =
        error instanceof Error && /timeout|abort/i.test(`${error.name} ${error.message}`);
      return stop(timedOut ? 'timeout' : 'network', step, 0);
    }
    const reason = stopReasonOf(response);
    if (reason) return stop(reason, step, response.status);
    const stored = await deps.store(step, response);
    if (!stored.ok) {
      return stop('rejected', step, response.status, stored.reason ?? '?');
    }
    progress.done++;
    progress.stored.push(step.endpoint);
  }
  progress.current = null;
  progress.state = deps.signal?.aborted ? 'stopped' : 'done';
  report();
  return { ...progress };
}
