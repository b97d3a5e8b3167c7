import { storage } from 'wxt/utils/storage';
import type { TabView } from './tab-view';
import type { ViewStore } from './tab-views';

/**
 * `storage.session` outlives the service worker but not the browser session, which is what
 * tab views need: tab ids mean nothing after the browser restarts.
 */
const tabViewsItem = storage.defineItem<TabView[]>('session:tabViews', { fallback: [] });

export const sessionViewStore: ViewStore = {
  load: () => tabViewsItem.getValue(),
  save: (views) => tabViewsItem.setValue(views),
};
