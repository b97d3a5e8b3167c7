import { type RefObject, useEffect, useRef } from 'react';
import type { GroupCode } from '../../lib/model/groups';

/**
 * The panel follows the page to another group: that group's criteria come into view (its bar
 * until they are loaded). Not on opening, where the total comes first; and only the panel's
 * own document scrolls, never the portal page around the in-page drawer (as scrollIntoView
 * would).
 */
export function useFollowShownGroup(
  container: RefObject<HTMLElement | null>,
  shownGroup: GroupCode | null,
  /** What the panel shows, null until loaded; a new value may have just brought the criteria. */
  content: object | null,
): void {
  const followed = useRef<{ group: GroupCode | null; reachedCriteria: boolean } | null>(null);
  useEffect(() => {
    if (content === null) return;
    const last = followed.current;
    if (last === null || !shownGroup) {
      followed.current = { group: shownGroup, reachedCriteria: true };
      return;
    }
    if (last.group === shownGroup && last.reachedCriteria) return;
    const criteria = container.current?.querySelector(`[data-group-section="${shownGroup}"]`);
    if (last.group === shownGroup && !criteria) return;
    const target =
      criteria ?? container.current?.querySelector(`.groups [data-group="${shownGroup}"]`);
    followed.current = { group: shownGroup, reachedCriteria: Boolean(criteria) };
    if (target) window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - 8 });
  }, [container, shownGroup, content]);
}
