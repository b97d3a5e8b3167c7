/** Broadcast by the background to open extension pages when stored data changed. */
export const CAPTURES_CHANGED = 'event:captures-changed';
/** Sent to a portal tab when the snapshot it shows was stored or re-analysed. */
export const ANNOTATIONS_CHANGED = 'event:annotations-changed';
/** Broadcast when the view the panel follows may have changed: a portal tab that had one closed. */
export const VIEWS_CHANGED = 'event:views-changed';
/** Broadcast with `{ progress }` while "capture all" runs. */
export const CAPTURE_ALL_PROGRESS = 'event:capture-all';

export function isEvent(message: unknown, type: string): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}
