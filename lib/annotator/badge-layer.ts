/**
 * The badges one annotator owns, keyed by unit and criterion so none is ever doubled, and
 * rebuilt only when their anchor, their content or their place changed (no churn on every page
 * mutation). Each pass reads the page first (anchors, then free space), then writes, so the
 * browser lays the page out once.
 */

import type { Locale } from '../format/vietnamese';
import type { ViewAnnotations } from './annotations';
import { type BadgeSpot, createBadge, isPlacedAfter, placeHost } from './badge';
import { type Detail, levels, partsAt } from './badge-detail';
import { BADGE_SELECTOR } from './badge-host';
import { widthMeterFor } from './badge-width';
import { choosePlacement } from './placement';
import { type Planned, planBadges } from './plan-badges';
import { type Measured, measureRoom, type Rect, type Room } from './room';

interface Placed {
  host: HTMLElement;
  text: Text;
  signature: string;
}

export interface LayerStats {
  /** Badges on the page. */
  placed: number;
  /** Values found on the page with no free space beside them: shown in the side panel only. */
  noRoom: number;
  /** Badges placed beside values the page does not render now, to be re-judged when it does. */
  unmeasured: number;
}

export interface BadgeLayer {
  /** Badges worded in `locale`; a new locale rewords them all (their signatures change). */
  apply(root: ParentNode, view: ViewAnnotations | null, locale?: Locale): void;
  clear(): void;
  count(): number;
  stats(): LayerStats;
  /** Whether a node is a badge this layer placed and has not removed itself. */
  owns(node: Node): boolean;
}

interface Decided {
  planned: Planned;
  text: Text;
  spot: BadgeSpot | null;
  parts: ReturnType<typeof partsAt>;
  signature: string;
}

/** Chooses each badge's place and wording from what the page shows now. */
function decide(doc: Document, wanted: readonly Planned[]): { decided: Decided[]; noRoom: number } {
  const range = doc.createRange();
  const widthOf = widthMeterFor(doc);
  const claimed = new Map<Element, Rect[]>();
  const claimedIn = (box: Element) => claimed.get(box) ?? [];
  const decided: Decided[] = [];
  let noRoom = 0;
  for (const planned of wanted) {
    const measured: (Measured | undefined)[] = [];
    const measure = (candidate: number): Measured => {
      let m = measured[candidate];
      if (!m) {
        const anchor = planned.anchors[candidate];
        m = anchor ? measureRoom(anchor, range) : { kind: 'none' };
        measured[candidate] = m;
      }
      return m;
    };
    const roomOf = (candidate: number): Room | null => {
      const m = measure(candidate);
      return m.kind === 'room' ? m.room : null;
    };
    const placement = choosePlacement(
      planned.anchors.length,
      roomOf,
      (detail) => widthOf(partsAt(planned.model, detail)),
      claimedIn,
      levels(planned.model).length,
    );
    const room = placement ? roomOf(placement.candidate) : null;
    if (!placement || !room) {
      // Nothing rendered to measure (a closed tab): placed now, judged again once it shows.
      const hidden = measured.find((m) => m?.kind === 'hidden');
      if (hidden?.kind === 'hidden') decided.push(finish(planned, hidden.text, null, 0));
      else if (measured.some((m) => m?.kind === 'room')) noRoom += 1;
      continue;
    }
    const list = claimed.get(room.box);
    if (list) list.push(placement.rect);
    else claimed.set(room.box, [placement.rect]);
    decided.push(finish(planned, room.text, placement, placement.detail));
  }
  range.detach();
  return { decided, noRoom };
}

function finish(planned: Planned, text: Text, spot: BadgeSpot | null, detail: Detail): Decided {
  const parts = partsAt(planned.model, detail);
  const where = spot ? `${spot.side}:${spot.offsetX}:${spot.offsetBottom}` : 'unmeasured';
  const shown = parts.map((p) => `${p.tone}:${p.text}`).join('|');
  const signature = `${planned.model.label}\u0000${planned.model.title}\u0000${shown}\u0000${where}`;
  return { planned, text, spot, parts, signature };
}

export function createLayer(): BadgeLayer {
  const placed = new Map<string, Placed>();
  let last: LayerStats = { placed: 0, noRoom: 0, unmeasured: 0 };

  return {
    apply(root: ParentNode, view: ViewAnnotations | null, locale: Locale = 'vi'): void {
      const doc = (root as Node).ownerDocument ?? (root as Document);
      const { decided, noRoom } = view
        ? decide(doc, planBadges(root, view, locale))
        : { decided: [], noRoom: 0 };
      const keys = new Set(decided.map((d) => d.planned.key));
      const redo = decided.filter((d) => {
        const old = placed.get(d.planned.key);
        return !(old && old.signature === d.signature && isPlacedAfter(old.host, d.text));
      });
      const redoKeys = new Set(redo.map((d) => d.planned.key));
      for (const [key, { host }] of placed) {
        if (keys.has(key) && host.isConnected && !redoKeys.has(key)) continue;
        host.remove();
        placed.delete(key);
      }
      for (const d of redo) {
        const { planned, text } = d;
        const host = createBadge(doc, planned.model, d.parts, d.spot, planned.unitId, planned.code);
        placeHost(host, text);
        placed.set(planned.key, { host, text, signature: d.signature });
      }
      // Hosts we do not track are copies the page cloned along with its rows, or leftovers of
      // an earlier annotator: either way a second badge for the same value.
      const mine = new Set([...placed.values()].map((p) => p.host));
      for (const host of root.querySelectorAll(BADGE_SELECTOR)) {
        if (!mine.has(host as HTMLElement)) host.remove();
      }
      const unmeasured = decided.filter((d) => d.spot === null).length;
      last = { placed: placed.size, noRoom, unmeasured };
    },
    clear(): void {
      for (const { host } of placed.values()) host.remove();
      placed.clear();
      last = { placed: 0, noRoom: 0, unmeasured: 0 };
    },
    owns(node: Node): boolean {
      for (const { host } of placed.values()) if (host === node) return true;
      return false;
    },
    count(): number {
      let n = 0;
      for (const { host } of placed.values()) if (host.isConnected) n += 1;
      return n;
    },
    stats: () => last,
  };
}
