import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import { ask } from '../../lib/protocol/ask';
import { CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED, VIEWS_CHANGED } from '../../lib/protocol/events';
import { type Loadable, useBackground } from '../shared/use-background';

const EVENTS = [CAPTURE_ALL_PROGRESS, CAPTURES_CHANGED, VIEWS_CHANGED] as const;

/**
 * The view the portal page shows and what of it is stored, asked of the background again
 * whenever a page moves, a capture lands or a capture-all run goes on.
 */
export function useViewStatus(): [Loadable<ViewStatus>, () => void] {
  return useBackground<ViewStatus>(() => ask({ type: 'view:status' }), EVENTS);
}
