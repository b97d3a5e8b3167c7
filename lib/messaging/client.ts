import { browser } from 'wxt/browser';
import type { Request, RequestInput } from './messages';
import type { Reply, ResponseMap } from './responses';

/** Typed request from an extension page to the background; rejects with its Vietnamese error. */
export async function ask<T extends Request['type']>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error('Nền tiện ích không trả lời.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
