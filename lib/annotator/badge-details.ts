/**
 * The details of a badge for the keyboard: the native tooltip (`title`) shows on hover only,
 * so a badge reached with Tab shows the same lines in a box of ours beside it, gone on blur or
 * Escape. One box per page, drawn over the page and never in its flow.
 */

import { isBadgeHost } from './badge-host';
import { BADGE_ATTRIBUTE } from './text-index';

const BOX_STYLE =
  'all: initial; position: fixed; z-index: 2147483646; max-width: 360px; padding: 6px 8px; ' +
  'background: #111827; color: #f9fafb; border-radius: 4px; white-space: pre-line; ' +
  "font: 12px/1.45 system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; " +
  'box-shadow: 0 2px 8px rgba(0,0,0,.3); pointer-events: none;';

/** Shows a focused badge's details until it loses focus; returns the way to stop. */
export function watchDetails(doc: Document, name: string): () => void {
  let box: HTMLElement | null = null;
  let shown: Element | null = null;
  const hide = () => {
    box?.remove();
    box = null;
    shown = null;
  };
  const show = (host: Element) => {
    const text = host.getAttribute('title');
    if (!text) return;
    shown = host;
    box ??= doc.createElement('div');
    box.setAttribute(BADGE_ATTRIBUTE, 'details');
    box.setAttribute('role', 'tooltip');
    box.setAttribute('aria-label', name);
    box.style.cssText = BOX_STYLE;
    box.textContent = text;
    // The visible chip lives in the host's shadow root; the host itself has no size.
    const at = (host.shadowRoot?.querySelector('.b') ?? host).getBoundingClientRect();
    const view = doc.defaultView;
    const left = Math.max(4, Math.min(at.left, (view?.innerWidth ?? 1024) - 370));
    const below = at.bottom + 4;
    box.style.left = `${left}px`;
    box.style.top = `${below}px`;
    (doc.body ?? doc.documentElement).append(box);
    // Near the bottom of the window the box goes above the chip instead.
    const height = box.getBoundingClientRect().height;
    if (below + height > (view?.innerHeight ?? 768)) box.style.top = `${at.top - 4 - height}px`;
  };
  const onFocus = (event: Event) => {
    const target = event.target as Node | null;
    if (target && isBadgeHost(target)) show(target as Element);
    else hide();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('focusout', hide);
  doc.addEventListener('keydown', onKey);
  // Focus scrolls the chip into view: the box follows it rather than vanishing.
  const follow = () => shown && show(shown);
  doc.defaultView?.addEventListener('scroll', follow, { passive: true });
  return () => {
    hide();
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('focusout', hide);
    doc.removeEventListener('keydown', onKey);
    doc.defaultView?.removeEventListener('scroll', follow);
  };
}
