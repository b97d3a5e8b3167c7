import type { ChisoDatabase } from '../db/database';
import { type CaptureAllController, viewFromCapture } from './capture-all-controller';

/**
 * Which view each portal tab shows, learned from the captures it delivers: capture-all
 * completes that view, and the tab's annotator asks for that snapshot's badges.
 */
export class TabViews {
  private readonly snapshots = new Map<number, string>();

  constructor(
    private readonly db: ChisoDatabase,
    private readonly controller: CaptureAllController,
    /** Tells a tab its view changed, so its badges are redrawn. */
    private readonly notifyTab: (tabId: number) => void,
  ) {}

  async noteStored(captureId: number, tabId: number): Promise<void> {
    const capture = await this.db.captures.get(captureId);
    const root = capture?.rootUnitId ? await this.db.units.get(capture.rootUnitId) : undefined;
    const view = capture && viewFromCapture(capture, root?.name ?? null, tabId);
    if (!view || !capture?.snapshotKey) return;
    this.controller.noteView(view);
    this.snapshots.set(tabId, capture.snapshotKey);
    this.notifyTab(tabId);
  }

  snapshotOf(tabId: number): string | undefined {
    return this.snapshots.get(tabId);
  }

  /** True when the tab showed a view that panels were following. */
  forget(tabId: number): boolean {
    this.snapshots.delete(tabId);
    return this.controller.forgetTab(tabId);
  }
}
