/**
 * Picks where a badge goes: after the value when there is room, else before it (right-aligned
 * numbers have their free space on the left), saying less when space is short, and nowhere
 * rather than over the portal's own content. Pure arithmetic on measured rectangles.
 */

import type { Detail } from './badge-detail';
import type { Rect, Room } from './room';
import { BADGE_HEIGHT } from './styles';

/** Space between the value and its badge. */
export const GAP = 4;

export type Side = 'after' | 'before';

export interface Placement {
  /** Which of the candidate anchors (a unit's score, then its name). */
  candidate: number;
  side: Side;
  detail: Detail;
  /** Where the badge is drawn, viewport px; kept so two badges never share space. */
  rect: Rect;
  /** CSS offsets from the host, which sits at the end of the value's last line. */
  offsetX: number;
  offsetBottom: number;
}

/** Where the baseline sits in a line of text, as a share of its height from the bottom. */
const BASELINE_FROM_BOTTOM = 0.22;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function tryPlace(
  room: Room,
  side: Side,
  width: number,
  claimed: readonly Rect[],
): Pick<Placement, 'rect' | 'offsetX' | 'offsetBottom'> | null {
  const { line } = room;
  const height = line.bottom - line.top;
  const middle = (line.top + line.bottom) / 2;
  const top = middle - BADGE_HEIGHT / 2;
  const left = side === 'after' ? line.right + GAP : line.left - GAP - width;
  const rect: Rect = { left, right: left + width, top, bottom: top + BADGE_HEIGHT };
  if (rect.left < room.leftLimit || rect.right > room.rightLimit) return null;
  if (claimed.some((other) => overlaps(rect, other))) return null;
  // The host sits on the baseline at the line's end; the badge is drawn from there.
  const baseline = line.bottom - height * BASELINE_FROM_BOTTOM;
  return {
    rect,
    offsetX: side === 'after' ? GAP : line.right - line.left + GAP,
    offsetBottom: Math.round((baseline - rect.bottom) * 10) / 10,
  };
}

/**
 * The first placement that fits, trying every candidate at full detail before any at less:
 * a unit's full badge beside its name beats a symbol beside its score. Rooms are asked for
 * lazily: most badges fit beside their first candidate, and measuring costs layout reads.
 */
export function choosePlacement(
  candidates: number,
  roomOf: (candidate: number) => Room | null,
  widthAt: (detail: Detail) => number,
  claimedIn: (box: Element) => readonly Rect[],
  /** How many levels of detail the badge has (see badge-detail.ts). */
  detailCount = 3,
): Placement | null {
  for (let detail = 0; detail < detailCount; detail += 1) {
    const width = widthAt(detail);
    for (let candidate = 0; candidate < candidates; candidate += 1) {
      const room = roomOf(candidate);
      if (!room) continue;
      for (const side of ['after', 'before'] as const) {
        const spot = tryPlace(room, side, width, claimedIn(room.box));
        if (spot) return { candidate, side, detail, ...spot };
      }
    }
  }
  return null;
}
