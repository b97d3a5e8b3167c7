/**
 * The side panel as an in-page drawer, for browsers that have neither Chrome's side panel nor
 * Firefox's sidebar (some Chromium forks). The panel page itself runs in an iframe from the
 * extension's own origin; the portal page only hosts the frame, inside a shadow root.
 */

export const DRAWER_TOGGLE = 'drawer:toggle';
const ATTRIBUTE = 'data-chiso766';

export function isDrawerToggle(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === DRAWER_TOGGLE
  );
}

/** Opens the drawer, or closes it when open; returns whether it is open afterwards. */
export function toggleDrawer(doc: Document, panelUrl: string): boolean {
  const open = doc.querySelector(`[${ATTRIBUTE}="drawer"]`);
  if (open) {
    open.remove();
    return false;
  }
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
  close.setAttribute('aria-label', 'Đóng bảng chỉ số');
  close.style.cssText =
    'position: absolute; top: 6px; left: -34px; width: 28px; height: 28px; font: 20px/1 sans-serif; ' +
    'border: 0; border-radius: 14px; background: #9b1c1c; color: #fff; cursor: pointer;';
  close.addEventListener('click', () => host.remove());
  const frame = doc.createElement('iframe');
  frame.src = panelUrl;
  frame.title = 'Chỉ số 766 — Bảng chỉ số';
  frame.style.cssText = 'border: 0; width: 100%; height: 100%; display: block;';
  shadow.append(close, frame);
  (doc.body ?? doc.documentElement).append(host);
  close.focus();
  return true;
}
