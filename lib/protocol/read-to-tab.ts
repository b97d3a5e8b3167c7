import type { ViewAnnotations } from '../annotator/annotations';
import type { ToTabMessage } from './to-tab';

/** Kept equal to `to-tab.ts` by a test; repeated here so the bridge carries no zod. */
const MAX_ENDPOINT_CHARS = 200;
const MAX_BODY_CHARS = 64 * 1024;

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/**
 * The message a portal tab received from the background, or null when it is not one of ours:
 * the same answer as `toTabSchema.safeParse`, without zod in the page (unknown keys are
 * dropped as zod drops them).
 */
export function readToTab(message: unknown): ToTabMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'portal:fetch':
      return isText(m.endpoint, MAX_ENDPOINT_CHARS) && isText(m.body, MAX_BODY_CHARS)
        ? { type: 'portal:fetch', endpoint: m.endpoint, body: m.body }
        : null;
    case 'drawer:toggle':
      return { type: 'drawer:toggle' };
    case 'event:annotations': {
      const { ticket, annotations } = m;
      const isTicket = typeof ticket === 'number' && Number.isInteger(ticket) && ticket >= 0;
      const isView =
        annotations === null || (typeof annotations === 'object' && !Array.isArray(annotations));
      return isTicket && isView
        ? { type: 'event:annotations', ticket, annotations: annotations as ViewAnnotations | null }
        : null;
    }
    default:
      return null;
  }
}
