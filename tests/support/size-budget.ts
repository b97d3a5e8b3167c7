import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 20 KB gzip for everything injected into a portal page (issue: budgets). */
export const INJECTED_BUDGET_BYTES = 20 * 1024;

export interface InjectedSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every script the manifest injects into pages, with its gzip size (level 9). */
export function injectedScriptSizes(extensionDir: string): InjectedSize[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = new Set(
    manifest.content_scripts?.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
  );
  return [...files].map((file) => {
    const data = readFileSync(join(extensionDir, file));
    return { file, bytes: data.byteLength, gzipBytes: gzipSync(data, { level: 9 }).byteLength };
  });
}

export function overBudget(
  sizes: readonly InjectedSize[],
  budget = INJECTED_BUDGET_BYTES,
): string | null {
  const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
  if (total <= budget) return null;
  const list = sizes.map((s) => `${s.file} ${s.gzipBytes} B`).join(', ');
  return `injected scripts are ${total} B gzip, over the ${budget} B budget (${list})`;
}
