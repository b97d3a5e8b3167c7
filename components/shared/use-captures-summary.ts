import type { CapturesSummary } from '../../lib/db/captures';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { type Loadable, useBackground } from './use-background';

export type { Loadable } from './use-background';

const EVENTS = [CAPTURES_CHANGED] as const;

/** The stored-captures summary, refreshed whenever the background stores something. */
export function useCapturesSummary(): Loadable<CapturesSummary> {
  return useBackground(() => ask({ type: 'captures:summary' }), EVENTS)[0];
}
