import type { Worker } from 'playwright-core';

export interface StoredCapture {
  id: number;
  endpoint: string;
  url: string;
  requestBody: string | null;
  status: number;
  contentType: string | null;
  pageUrl: string;
  sha256: string;
  bytes: number;
  /** sha256 recomputed in the browser from the stored raw payload. */
  payloadSha256: string | null;
}

/**
 * Reads the extension's database from inside its service worker with plain IndexedDB, so
 * the test sees what is really stored rather than what the extension says it stored.
 */
export async function readStoredCaptures(serviceWorker: Worker): Promise<StoredCapture[]> {
  return serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('chiso766');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const captures = await all<Record<string, unknown> & { id: number }>('captures');
    const payloads = await all<{ captureId: number; responseText: string }>('payloads');
    db.close();
    const hex = async (text: string) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    };
    return Promise.all(
      captures.map(async (capture) => {
        const payload = payloads.find((p) => p.captureId === capture.id);
        return {
          ...(capture as unknown as Omit<StoredCapture, 'payloadSha256'>),
          payloadSha256: payload ? await hex(payload.responseText) : null,
        };
      }),
    );
  });
}

export async function waitForStoredCount(
  serviceWorker: Worker,
  count: number,
  timeoutMs = 15_000,
): Promise<StoredCapture[]> {
  const deadline = Date.now() + timeoutMs;
  let stored: StoredCapture[] = [];
  while (Date.now() < deadline) {
    stored = await readStoredCaptures(serviceWorker);
    if (stored.length >= count) return stored;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `expected ${count} stored captures, found ${stored.length} after ${timeoutMs} ms`,
  );
}
