import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { ingestObservedCall } from '../capture/ingest';
import { type TabView, tabViewOf } from './tab-view';
import { TabViews, type ViewStore } from './tab-views';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

async function viewOf(file: string, tabId: number, db = freshDatabase()) {
  const outcome = await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
  return tabViewOf(outcome.view, tabId);
}

/** A store that outlives the TabViews instance, as storage.session outlives the worker. */
function memoryStore(): ViewStore & { saved: TabView[] | null } {
  const store = {
    saved: null as TabView[] | null,
    load: async () => store.saved,
    save: async (views: TabView[]) => {
      store.saved = structuredClone(views);
    },
  };
  return store;
}

describe('tab views', () => {
  it('are learned from the ingest outcome of province-level captures only', async () => {
    const db = freshDatabase('views');
    const view = await viewOf('phu-tho-2026-08/transparency.json', 3, db);
    expect(view).toMatchObject({
      tabId: 3,
      rootUnitId: PHU_THO,
      rootName: 'UBND tỉnh Phú Thọ',
      period: { type: 'month', year: 2026, number: 8 },
      periodKey: '2026-08',
      scope: 'all',
      // What the page shows, so the panel can point at that group.
      subject: 'CKMB',
      snapshotKey: `evaluation/transparency|${PHU_THO}|2026-08|all`,
    });
    expect(await viewOf('national-2026/service-results.json', 3, db)).toBeNull();
    expect(await viewOf('formalities-page-1.json', 3, db)).toBeNull();
  });

  it('fall back to the view of another open portal tab when the current one closes', async () => {
    const view = await viewOf('phu-tho-2026-08/transparency.json', 7);
    if (!view) throw new Error('no view');
    const views = new TabViews();
    await views.note(view);
    await views.note({ ...view, tabId: 9, periodKey: '2026-07' });
    expect((await views.last())?.tabId).toBe(9);
    expect(await views.forget(9)).toBe(true);
    expect(await views.last()).toMatchObject({ tabId: 7, periodKey: '2026-08' });
    expect(await views.forget(7)).toBe(true);
    expect(await views.last()).toBeNull();
    // A tab that never showed a view: nothing for the panels to follow anew.
    expect(await views.forget(12)).toBe(false);
  });

  it('survive a worker restart through their store', async () => {
    const view = await viewOf('phu-tho-2026-08/handling-satisfaction.json', 4);
    if (!view) throw new Error('no view');
    const store = memoryStore();
    const before = new TabViews(store);
    await before.note(view);
    await before.note({ ...view, tabId: 5 });
    await before.forget(5);

    // A new worker: a new instance over the same store.
    const after = new TabViews(store);
    expect(await after.of(4)).toEqual(view);
    expect(await after.last()).toEqual(view);
    expect(await after.of(5)).toBeNull();
  });

  it('keep what was noted while the saved views were still loading', async () => {
    const view = await viewOf('phu-tho-2026-08/transparency.json', 1);
    if (!view) throw new Error('no view');
    const store = memoryStore();
    store.saved = [{ ...view, tabId: 1, periodKey: '2026-07' }];
    const views = new TabViews(store);
    await views.note({ ...view, tabId: 1 });
    expect((await views.of(1))?.periodKey).toBe('2026-08');
  });

  it('still work when the store fails', async () => {
    const view = await viewOf('phu-tho-2026-08/transparency.json', 2);
    if (!view) throw new Error('no view');
    const views = new TabViews({
      load: () => Promise.reject(new Error('quota')),
      save: () => Promise.reject(new Error('quota')),
    });
    await views.note(view);
    expect(await views.of(2)).toEqual(view);
  });
});
