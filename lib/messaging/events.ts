/** Broadcast by the background to open extension pages when stored data changed. */
export const CAPTURES_CHANGED = 'event:captures-changed';

export function isCapturesChanged(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === CAPTURES_CHANGED
  );
}
