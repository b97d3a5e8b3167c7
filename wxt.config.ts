import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portal/site';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where every symbol comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: PORTAL_MATCHES,
    action: { default_title: '__MSG_extShortName__' },
    // The in-page drawer (browsers without a side panel) frames the panel page on the portal.
    web_accessible_resources: [{ resources: ['sidepanel.html'], matches: PORTAL_MATCHES }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chiso766@chiso766.vn',
              strict_min_version: '128.0',
              // Firefox's store asks every add-on to declare what it sends anywhere: nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // chrome.sidePanel.open() (the toolbar's "open the scorecard") arrived in Chrome 116;
        // MAIN-world content scripts (111) and the side panel itself (114) are older.
        { minimum_chrome_version: '116' }),
  }),
});
