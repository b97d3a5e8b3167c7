/** Whether a failed send met a background that was not listening yet (starting, waking up). */
function notListening(error: unknown): boolean {
  return /establish connection|receiving end does not exist/i.test(String(error));
}

/**
 * Sends a message to the background, trying again a little later while the background is
 * not listening yet: a service worker still starting (just installed or updated, or woken by
 * this very message) would otherwise lose a capture the page made once. Anything else, such
 * as an extension context invalidated by a reload, fails at once.
 */
export function deliver<T>(
  send: () => Promise<T>,
  waits: readonly number[] = [300, 1000],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  return send().catch((error: unknown) => {
    const [wait, ...rest] = waits;
    if (wait === undefined || !notListening(error)) throw error;
    return sleep(wait).then(() => deliver(send, rest, sleep));
  });
}
