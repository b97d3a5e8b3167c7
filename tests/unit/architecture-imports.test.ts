// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The shape of the source tree, checked on every run so it does not drift back (issue #10):
 * no import circles, the domain model knows nothing of the portal, and no file grows past
 * what one reads in a sitting. Type-only imports count: a circle of types still means two
 * modules that cannot be read, moved or tested apart.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const MAX_LINES = 300;

type Graph = Map<string, string[]>;

/** Repository-relative, with forward slashes, so messages read the same on every machine. */
function repoPath(absolute: string): string {
  return relative(ROOT, absolute).split(sep).join('/');
}

function isSource(name: string): boolean {
  return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');
}

/** Top-level functions named like components (a capital first letter). */
function componentsIn(source: string): string[] {
  return [...source.matchAll(/^(?:export )?function ([A-Z]\w*)/gm)].map((m) => m[1] ?? '');
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isSource(entry.name)) out.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) {
    const absolute = join(ROOT, dir);
    if (existsSync(absolute)) walk(absolute);
  }
  return out.sort();
}

const STATIC_SPECIFIER = /(?:^|[\s;])(?:import|export)\s+(?:[^'";]*?\bfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_SPECIFIER = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
const LINE_COMMENT = /^\s*\/\/.*$/gm;

/**
 * Relative specifiers of `import … from`, `import '…'`, `export … from` and `import('…')`.
 * Comments go first: a doc comment may quote an import. Whole-line comments only, since `//`
 * also occurs inside URLs in strings.
 */
function relativeSpecifiers(source: string): string[] {
  const code = source.replace(BLOCK_COMMENT, '').replace(LINE_COMMENT, '');
  const found: string[] = [];
  for (const pattern of [STATIC_SPECIFIER, DYNAMIC_SPECIFIER]) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier?.startsWith('.')) found.push(specifier);
    }
  }
  return found;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The file a specifier names, as the bundler resolves it: `./x` is `x.ts`, `x.tsx` or
 * `x/index.ts(x)`; `./x.js` may stand for `x.ts`. Null when nothing exists there.
 */
function resolveSpecifier(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  if (isFile(base)) return base;
  const stem = /\.jsx?$/.test(base) ? base.replace(/\.jsx?$/, '') : base;
  const candidates = [`${stem}.ts`, `${stem}.tsx`, join(stem, 'index.ts'), join(stem, 'index.tsx')];
  return candidates.find(isFile) ?? null;
}

interface SourceTree {
  /** Every source file → the source files it imports, repository-relative. */
  graph: Graph;
  lines: Map<string, number>;
  unresolved: string[];
}

function readTree(): SourceTree {
  const files = sourceFiles();
  const known = new Set(files);
  const graph: Graph = new Map();
  const lines = new Map<string, number>();
  const unresolved: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const name = repoPath(file);
    lines.set(name, text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length);
    const targets = new Set<string>();
    for (const specifier of relativeSpecifiers(text)) {
      const target = resolveSpecifier(file, specifier);
      if (target === null) unresolved.push(`${name}: '${specifier}'`);
      else if (known.has(target)) targets.add(repoPath(target));
    }
    graph.set(name, [...targets].sort());
  }
  return { graph, lines, unresolved };
}

/** The strongly connected components of `graph` (Tarjan), each a set of modules in a circle. */
function circles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    const selfImport = graph.get(node)?.includes(node) ?? false;
    if (component.length > 1 || selfImport) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** One concrete way round a circle, from its first module back to it: `a → b → c → a`. */
function cyclePath(graph: Graph, members: readonly string[]): string {
  const inside = new Set(members);
  const start = members[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const target of graph.get(node) ?? []) {
      if (!inside.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0] as string) ?? start);
        return [...path, start].join(' → ');
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return members.join(', ');
}

function importCycles(graph: Graph): string[] {
  return circles(graph).map((members) => cyclePath(graph, members));
}

describe('the checks themselves', () => {
  it('finds the specifiers of every import and export form, and none in comments', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c/index';",
      "import './side-effect.css';",
      "export { e } from './e';",
      "export * from './f';",
      "const g = await import('./g');",
      "import { z } from 'zod';",
      "// import { h } from './h';",
      "/** import { i } from './i'; */",
      "const url = 'https://example.org/x';",
      "export const SEPARATOR = './';",
    ].join('\n');
    expect(relativeSpecifiers(source).sort()).toEqual(
      ['../b', './a', './c/index', './e', './f', './g', './side-effect.css'].sort(),
    );
  });

  it('reports a circle with the way round it, and a module importing itself', () => {
    const graph: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts', 'e.ts → e.ts']);
    expect(importCycles(new Map([['a.ts', ['b.ts']]]))).toEqual([]);
  });
});

describe('the source tree', () => {
  const tree = readTree();

  it('is read: every module of lib/, components/ and entrypoints/', () => {
    // A resolver that lost its way would see no imports, and so no circles.
    const imports = [...tree.graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(tree.graph.size).toBeGreaterThan(100);
    expect(imports).toBeGreaterThan(tree.graph.size);
  });

  it('has every relative import naming a file that exists', () => {
    expect(tree.unresolved).toEqual([]);
  });

  it('has no import circles', () => {
    expect(importCycles(tree.graph)).toEqual([]);
  });

  it('keeps the domain model free of the portal: nothing in lib/model/ imports lib/portal/', () => {
    const offenders = [...tree.graph]
      .filter(([file]) => file.startsWith('lib/model/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => t.startsWith('lib/portal/')).map((t) => `${file} → ${t}`),
      );
    expect(offenders).toEqual([]);
  });

  it(`has no source file longer than ${MAX_LINES} lines`, () => {
    const offenders = [...tree.lines]
      .filter(([, count]) => count > MAX_LINES)
      .map(([file, count]) => `${file}: ${count} lines`);
    expect(offenders).toEqual([]);
  });

  it('has one React component per file in components/', () => {
    const files = sourceFiles()
      .map(repoPath)
      .filter((file) => file.startsWith('components/') && file.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) => {
      const names = componentsIn(readFileSync(join(ROOT, file), 'utf8'));
      return names.length > 1 ? [`${file}: ${names.join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('counts the components of a file: functions whose name starts with a capital', () => {
    const two = 'export function Panel() {}\nfunction Row() {}\nfunction helper() {}';
    expect(componentsIn(two)).toEqual(['Panel', 'Row']);
    expect(componentsIn('export const x = 1;')).toEqual([]);
  });
});
