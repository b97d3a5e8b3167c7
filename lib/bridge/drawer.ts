/**
 * The side panel as an in-page drawer, for browsers that have neither Chrome's side panel nor
 * Firefox's sidebar (some Chromium forks). The panel page itself runs in an iframe from the
 * extension's own origin; the portal page only hosts the frame, inside a shadow root.
 */

/** Posted by the panel page in the drawer's frame to its parent when Escape is pressed. */
export const DRAWER_CLOSE = 'chiso766:drawer-close';
const ATTRIBUTE = 'data-chiso766';

/** How to close each open drawer: remove it, stop listening, give the focus back. */
const closers = new WeakMap<Element, () => void>();

export function isDrawerClose(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === DRAWER_CLOSE
  );
}

/** The drawer's own words; the content script carries these two instead of the UI tables. */
const LABELS = {
  vi: { close: 'Đóng bảng chỉ số', title: 'Chỉ số 766 — Bảng chỉ số' },
  en: { close: 'Close the scorecard', title: '766 Index — Scorecard' },
} as const;

/** Opens the drawer, or closes it when open; returns whether it is open afterwards. */
export function toggleDrawer(doc: Document, panelUrl: string, locale: 'vi' | 'en' = 'vi'): boolean {
  const open = doc.querySelector(`[${ATTRIBUTE}="drawer"]`);
  if (open) {
    // A drawer left by an earlier copy of this script (extension reloaded) has no closer here.
    (closers.get(open) ?? (() => open.remove()))();
    return false;
  }
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const host = doc.createElement('div');
  host.setAttribute(ATTRIBUTE, 'drawer');
  // Over the page, never pushing it: the portal's layout stays exactly as it was.
  host.style.cssText =
    'all: initial; position: fixed; top: 0; right: 0; bottom: 0; width: min(440px, 100vw); ' +
    'z-index: 2147483647; box-shadow: -2px 0 12px rgba(0,0,0,.25); background: #fff;';
  const shadow = host.attachShadow({ mode: 'open' });
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', LABELS[locale].close);
  close.style.cssText =
    'position: absolute; top: 6px; left: -34px; width: 28px; height: 28px; font: 20px/1 sans-serif; ' +
    'border: 0; border-radius: 14px; background: #9b1c1c; color: #fff; cursor: pointer;';
  const frame = doc.createElement('iframe');
  frame.src = panelUrl;
  frame.title = LABELS[locale].title;
  frame.style.cssText = 'border: 0; width: 100%; height: 100%; display: block;';
  shadow.append(close, frame);

  const view = doc.defaultView;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') shut();
  };
  // Only the panel in this very frame may close it; any other window's message is ignored.
  const onMessage = (event: MessageEvent) => {
    const source = event.source;
    if (source !== null && source === frame.contentWindow && isDrawerClose(event.data)) shut();
  };
  function shut() {
    host.remove();
    host.removeEventListener('keydown', onKey);
    view?.removeEventListener('message', onMessage);
    closers.delete(host);
    if (previous?.isConnected) previous.focus();
  }
  closers.set(host, shut);
  close.addEventListener('click', shut);
  host.addEventListener('keydown', onKey);
  view?.addEventListener('message', onMessage);
  (doc.body ?? doc.documentElement).append(host);
  close.focus();
  return true;
}

/**
 * In the panel page: when it runs framed in the drawer, Escape asks the portal tab to close the
 * drawer (keys pressed inside a frame never reach the page around it). Returns the unsubscriber.
 */
export function relayEscapeToDrawer(win: Window, portalOrigin: string): () => void {
  if (win.parent === win) return () => {};
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      win.parent.postMessage({ type: DRAWER_CLOSE }, portalOrigin);
    }
  };
  win.document.addEventListener('keydown', onKey);
  return () => win.document.removeEventListener('keydown', onKey);
}
