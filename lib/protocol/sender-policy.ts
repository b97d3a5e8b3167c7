import { PORTAL_ORIGIN } from '../portal/site';

/** The parts of `runtime.MessageSender` the policy reads. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: unknown;
}

export type SenderKind = 'extension-page' | 'portal-content-script';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Only two kinds of sender may talk to the background: the extension's own pages, and its
 * content script running in a portal tab. Anything else (another extension, a
 * content script on some other site) gets nothing.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // URL#origin is "null" for chrome-extension:// and moz-extension:// URLs, so compare prefixes.
  const extensionBase = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (
    sender.origin ? `${sender.origin}/` === extensionBase : sender.url?.startsWith(extensionBase)
  ) {
    return 'extension-page';
  }
  const origin = sender.origin ?? originOf(sender.url);
  if (sender.tab && origin === PORTAL_ORIGIN) return 'portal-content-script';
  return null;
}
