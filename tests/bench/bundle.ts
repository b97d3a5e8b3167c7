import { build } from 'esbuild';

/**
 * Bundles a module of the extension's own code for a page the bench drives (a replica page, or
 * an extension page through the debugger, which no page CSP stops). Functions the module puts
 * on `globalThis` are what the bench calls.
 */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    // The browser build's Dexie, not Node's.
    platform: 'browser',
    // No `__name` helper: tsx is not in the browser.
    keepNames: false,
  });
  return result.outputFiles[0]?.text ?? '';
}
