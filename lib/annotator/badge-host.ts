/**
 * How a badge's host is told apart from the portal's own elements. Kept apart from badge.ts,
 * which builds hosts, because measuring free space (room.ts) and watching the page
 * (annotator.ts) must skip hosts without depending on how they are drawn.
 */

import { BADGE_ATTRIBUTE } from './text-index';

/** BADGE_ATTRIBUTE's value on a host: the in-page drawer carries the same attribute as `drawer`. */
const HOST_MARK = 'badge';

export const BADGE_SELECTOR = `[${BADGE_ATTRIBUTE}="${HOST_MARK}"]`;

export function markBadgeHost(host: Element): void {
  host.setAttribute(BADGE_ATTRIBUTE, HOST_MARK);
}

export function isBadgeHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).getAttribute(BADGE_ATTRIBUTE) === HOST_MARK;
}
