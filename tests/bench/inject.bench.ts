/**
 * What the extension injects into the portal page (the content scripts of the built
 * manifest, scripts and styles), gzipped file by file and summed: ≤ 20 KB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchLine, num } from './table';

const GOAL_KB = 20;

export function injectLine(dir = join('.output', 'chrome-mv3')): BenchLine {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = [
    ...new Set(
      (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ),
  ];
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kb = sizes.reduce((n, s) => n + s.gzip, 0) / 1024;
  return {
    name: 'injected into the portal, gzipped',
    figure: `${num(kb, 1)} KB`,
    baseline: '',
    goal: `≤ ${GOAL_KB} KB`,
    pass: kb <= GOAL_KB,
    value: kb,
    unit: 'KB',
    note: sizes
      .map((s) => `${s.file} ${num(s.raw / 1024, 1)} KB → ${num(s.gzip / 1024, 1)} KB`)
      .join(', '),
  };
}
