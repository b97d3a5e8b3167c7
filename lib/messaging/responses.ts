import type { CapturesSummary } from '../db/captures';
import type { CaptureRecord } from '../db/database';
import type { Request } from './messages';

/** What the background answers to each request type. */
export interface ResponseMap {
  'capture:observed': { stored: true; id: number; sha256: string };
  'captures:summary': CapturesSummary;
  'captures:list': CaptureRecord[];
  'captures:raw': { id: number; responseText: string | null };
}

export type Reply<T extends Request['type']> =
  | { ok: true; value: ResponseMap[T] }
  | { ok: false; error: string };

export type AnyReply = Reply<Request['type']>;
