/** Broadcast by the background to open extension pages when stored data changed. */
export const CAPTURES_CHANGED = 'event:captures-changed';
/** Broadcast with `{ progress }` while "capture all" runs. */
export const CAPTURE_ALL_PROGRESS = 'event:capture-all';

export function isEvent(message: unknown, type: string): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}
