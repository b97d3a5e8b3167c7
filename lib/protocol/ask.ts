import { browser } from 'wxt/browser';
import { ChisoError, type ErrorCode } from './errors';
import type { Reply, ReplyMap } from './replies';
import type { Request, RequestInput } from './requests';

/**
 * Typed request from an extension page to the background. Rejects with a `ChisoError`, whose
 * code the page words in the official's language.
 */
export async function ask<T extends Request['type']>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ReplyMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new ChisoError('errNoBackground');
  if (!reply.ok) throw new ChisoError(reply.code as ErrorCode, reply.params ?? {});
  return reply.value;
}
