import type { TabView } from './tab-view';

/** Where the views are kept between worker restarts (`storage.session` in the extension). */
export interface ViewStore {
  load(): Promise<TabView[] | null>;
  save(views: TabView[]): Promise<void>;
}

/**
 * Which view each open portal tab shows, learned from the captures it delivers. The browser
 * stops an idle service worker after ~30 s; the views are written through to a store that
 * outlives the worker and read back on first use, so the side panel and capture-all still
 * know what the page shows after the worker woke up again.
 */
export class TabViews {
  /** Most recently noted last (a Map keeps insertion order). */
  private views = new Map<number, TabView>();
  private loaded: Promise<void> | null = null;

  constructor(private readonly store?: ViewStore) {}

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const saved = (await this.store?.load().catch(() => null)) ?? [];
      // Views noted before the load finished are newer than the saved ones.
      const noted = this.views;
      this.views = new Map(saved.map((view) => [view.tabId, view]));
      for (const [tabId, view] of noted) {
        this.views.delete(tabId);
        this.views.set(tabId, view);
      }
    })();
    return this.loaded;
  }

  private async save(): Promise<void> {
    await this.store?.save([...this.views.values()]).catch(() => {});
  }

  async note(view: TabView): Promise<void> {
    await this.load();
    this.views.delete(view.tabId);
    this.views.set(view.tabId, view);
    await this.save();
  }

  async of(tabId: number): Promise<TabView | null> {
    await this.load();
    return this.views.get(tabId) ?? null;
  }

  /** The view the panels follow: the one noted last, in whichever tab. */
  async last(): Promise<TabView | null> {
    await this.load();
    return [...this.views.values()].at(-1) ?? null;
  }

  /** True when the tab showed a view, so the panels have another to follow now. */
  async forget(tabId: number): Promise<boolean> {
    await this.load();
    const had = this.views.delete(tabId);
    if (had) await this.save();
    return had;
  }
}
