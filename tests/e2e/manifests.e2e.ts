/**
 * The built manifests: where each browser finds the panel (Chrome's side panel, Firefox's
 * sidebar), and that both ask for nothing beyond the portal and local storage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/e2e-harness.ts';

const FIREFOX_DIR = join(process.cwd(), '.output', 'firefox-mv3');
const PORTAL = ['https://dichvucong.gov.vn/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { matches: string[]; js: string[]; world?: string; run_at?: string }[];
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  minimum_chrome_version?: string;
}

const read = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', FIREFOX_DIR],
])('the %s manifest', (browser, dir) => {
  const manifest = read(dir);

  it('is MV3 and asks only for the portal and local storage', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(PORTAL);
    const expected = [
      'storage',
      'unlimitedStorage',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ];
    expect(manifest.permissions?.sort()).toEqual(expected.sort());
  });

  it('opens the scorecard where the browser puts panels', () => {
    const panel =
      browser === 'chrome'
        ? manifest.side_panel?.default_path
        : manifest.sidebar_action?.default_panel;
    expect(panel).toBe('sidepanel.html');
    expect(existsSync(join(dir, panel ?? ''))).toBe(true);
  });

  it('injects the tap into the page world at document start, on the portal only', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.map((s) => s.matches)).toEqual([PORTAL, PORTAL]);
    expect(scripts.every((s) => s.run_at === 'document_start')).toBe(true);
    const tap = scripts.find((s) => s.js.includes('content-scripts/portal-tap.js'));
    expect(tap?.world).toBe('MAIN');
    for (const file of scripts.flatMap((s) => s.js)) expect(existsSync(join(dir, file))).toBe(true);
  });
});

describe('Firefox specifics', () => {
  it('needs Firefox 128, the first with MAIN-world content scripts in MV3', () => {
    const manifest = read(FIREFOX_DIR);
    expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBe('128.0');
    expect(manifest.background?.scripts).toEqual(['background.js']);
  });

  it('declares for the store that it collects no data', () => {
    const gecko = read(FIREFOX_DIR).browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('Chromium specifics', () => {
  it('needs Chrome 116: sidePanel.open(), on top of MAIN-world scripts (111) and the panel (114)', () => {
    const manifest = read(EXTENSION_DIR);
    expect(manifest.minimum_chrome_version).toBe('116');
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
