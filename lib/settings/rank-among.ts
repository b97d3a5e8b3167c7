import { storage } from 'wxt/utils/storage';
import type { RankAmong } from '../analysis/rank-facts';

/**
 * Whom ranks are among on the panel and the dashboard: units of the same kind under the same
 * root, as reports state them (the default), or all of the root's children.
 */
export const rankAmongSetting = storage.defineItem<RankAmong>('local:rankAmong', {
  fallback: 'kind',
  version: 1,
});
