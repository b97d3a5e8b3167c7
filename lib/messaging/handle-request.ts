import { listCaptures, rawPayload, storeObservedCall, summarizeCaptures } from '../db/captures';
import type { ChisoDatabase } from '../db/database';
import { type Request, requestSchema } from './messages';
import type { AnyReply, ResponseMap } from './responses';
import type { SenderKind } from './sender-policy';

export interface HandlerDeps {
  db: ChisoDatabase;
  now?: () => Date;
  /** Told after a capture was stored, so open pages can refresh. */
  onStored?: () => void;
}

/** Which sender may send which request: content scripts only deliver captures. */
const ALLOWED: Record<Request['type'], readonly SenderKind[]> = {
  'capture:observed': ['portal-content-script'],
  'captures:summary': ['extension-page'],
  'captures:list': ['extension-page'],
  'captures:raw': ['extension-page'],
};

/**
 * The background's one entry point for messages. Validates at the boundary and never
 * throws: every failure becomes `{ ok: false, error }` with a message a person can read.
 */
export async function handleRequest(
  raw: unknown,
  senderKind: SenderKind | null,
  deps: HandlerDeps,
): Promise<AnyReply> {
  if (senderKind === null) return { ok: false, error: 'Nguồn gửi không được phép.' };
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'message';
    return { ok: false, error: `Yêu cầu không hợp lệ (${where}: ${issue?.message ?? '?'})` };
  }
  const request = parsed.data;
  if (!ALLOWED[request.type].includes(senderKind)) {
    return { ok: false, error: `Nguồn gửi không được phép gửi ${request.type}.` };
  }
  try {
    return { ok: true, value: await dispatch(request, deps) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function dispatch(
  request: Request,
  deps: HandlerDeps,
): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'capture:observed': {
      const stored = await storeObservedCall(deps.db, request.call, request.pageUrl, deps.now);
      deps.onStored?.();
      return { stored: true, id: stored.id, sha256: stored.sha256 };
    }
    case 'captures:summary':
      return summarizeCaptures(deps.db);
    case 'captures:list':
      return listCaptures(deps.db, request.limit);
    case 'captures:raw':
      return { id: request.id, responseText: await rawPayload(deps.db, request.id) };
  }
}
