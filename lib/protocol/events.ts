import { z } from 'zod';
import type { CaptureAllProgress } from '../capture/capture-all';

/** Broadcast by the background to open extension pages when stored data changed. */
export const CAPTURES_CHANGED = 'event:captures-changed';
/** Broadcast when the view the panel follows may have changed: a portal tab that had one closed. */
export const VIEWS_CHANGED = 'event:views-changed';
/** Broadcast with `{ progress }` while "capture all" runs. */
export const CAPTURE_ALL_PROGRESS = 'event:capture-all';

/** Everything the background broadcasts to extension pages; pages check it on receipt. */
export const pageEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(CAPTURES_CHANGED) }),
  z.object({ type: z.literal(VIEWS_CHANGED) }),
  z.object({
    type: z.literal(CAPTURE_ALL_PROGRESS),
    progress: z.custom<CaptureAllProgress>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        ['running', 'waiting', 'done', 'stopped'].includes(
          (value as { state?: string }).state ?? '',
        ),
    ),
  }),
]);

export type PageEvent = z.infer<typeof pageEventSchema>;
export type PageEventType = PageEvent['type'];

export function readPageEvent(message: unknown): PageEvent | null {
  const parsed = pageEventSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
