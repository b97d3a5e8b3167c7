/**
 * TEST SUPPORT ONLY: fast-check arbitraries that damage a real portal answer the cheap ways a
 * portal, a proxy or a later API version could: a field dropped or renamed, a value of the
 * wrong type, a number sent as a string, null, huge, negative or NaN-like values, a cut body,
 * hostile Unicode in names, an extra field, or a body that is not JSON at all.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

export const MUTATION_KINDS = [
  'drop',
  'rename',
  'wrongType',
  'numberAsString',
  'null',
  'extreme',
  'unicode',
  'extra',
  'truncate',
  'replaceBody',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Written into the text after serialising: a JS number cannot hold it. */
const BIG = '__BIG_INTEGER__';
const BIG_TEXT = String(BigInt(Number.MAX_SAFE_INTEGER) + 2n);

const WRONG_TYPES: Json[] = ['12', 'x', {}, [], true, false, [1, 2], ''];
const EXTREMES: Json[] = [
  1e308,
  -1e308,
  BIG,
  -1,
  -0.01,
  0,
  5e-324,
  Number.MAX_SAFE_INTEGER,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '',
];
export const HOSTILE_TEXTS: string[] = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  'javascript:globalThis.__pwned=1',
  '\u202EUBND xã gnòL\u202C',
  '=HYPERLINK("http://x","y")',
  '+SUM(1,2)',
  '-1+2',
  '@cmd',
  '\tTab',
  '\rCR',
  'Sở "A"; B, C\r\nD',
  '\uD800 lone surrogate',
  'e\u0301 decomposed',
  '\u0000nul',
  'x'.repeat(10_000),
];
const BODIES = [
  '<!DOCTYPE html><html><head><title>Request Rejected</title></head><body>rejected</body></html>',
  '',
  '   ',
  'null',
  '[]',
  '{}',
  '{"code":"500","message":"error"}',
];

export interface Mutation {
  kind: MutationKind;
  /** Where in the document (a leaf or an object), reduced modulo the candidates. */
  at: number;
  /** Which of the kind's values, reduced modulo their count. */
  pick: number;
  /** For truncation: the fraction of the text kept. */
  cut: number;
  /** Free Unicode text, used by half of the `unicode` mutations. */
  text: string;
  contentType: string | null;
}

export function mutationArbitrary(kinds: readonly MutationKind[] = MUTATION_KINDS) {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    at: fc.nat(),
    pick: fc.nat(),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.string({ unit: 'grapheme', maxLength: 40 }),
    contentType: fc.constantFrom<string | null>(
      'application/json',
      'text/html; charset=utf-8',
      null,
    ),
  });
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Paths {
  leaves: Path[];
  objects: Path[];
  numbers: Path[];
  strings: Path[];
  keyed: Path[];
}

function walk(value: Json, path: Path, out: Paths): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, [...path, i], out);
    });
    return;
  }
  if (isObject(value)) {
    out.objects.push(path);
    for (const [key, item] of Object.entries(value)) {
      out.keyed.push([...path, key]);
      walk(item, [...path, key], out);
    }
    return;
  }
  out.leaves.push(path);
  if (typeof value === 'number') out.numbers.push(path);
  if (typeof value === 'string') out.strings.push(path);
}

const pathCache = new WeakMap<object, Paths>();

function pathsOf(base: Json): Paths {
  let paths = pathCache.get(base as object);
  if (!paths) {
    paths = { leaves: [], objects: [], numbers: [], strings: [], keyed: [] };
    walk(base, [], paths);
    pathCache.set(base as object, paths);
  }
  return paths;
}

function nth<T>(items: readonly T[], i: number): T | undefined {
  return items.length ? items[i % items.length] : undefined;
}

function at(root: Json, path: Path): Json {
  let cur: Json = root;
  for (const key of path) cur = (cur as Record<string | number, Json>)[key] as Json;
  return cur;
}

function setAt(root: Json, path: Path, value: Json): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
}

/** Renamed the ways an API drifts: case, snake_case, a suffix. */
function renamed(key: string, pick: number): string {
  const ways = [
    key.charAt(0).toUpperCase() + key.slice(1),
    key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    `${key}V2`,
  ];
  const name = ways[pick % ways.length] ?? `${key}V2`;
  return name === key ? `${key}V2` : name;
}

export interface MutatedAnswer {
  responseText: string;
  contentType?: string | null;
  /** What was done, for the counterexample a failing property prints. */
  label: string;
}

/**
 * Applies one mutation to a fresh copy of `base`; `baseText` must be its serialisation. A kind
 * with nowhere to apply (no number in the document…) falls back to dropping a field.
 */
export function applyMutation(base: Json, baseText: string, m: Mutation): MutatedAnswer {
  if (m.kind === 'truncate') {
    return {
      responseText: baseText.slice(0, Math.floor(m.cut * baseText.length)),
      label: `truncate ${m.cut}`,
    };
  }
  if (m.kind === 'replaceBody') {
    const body = nth(BODIES, m.pick) ?? '';
    return { responseText: body, contentType: m.contentType, label: `body ${body.slice(0, 20)}` };
  }
  const json = JSON.parse(baseText) as Json;
  const paths = pathsOf(base);
  const label = (path: Path) => `${m.kind} ${path.join('.')}`;
  const text = (path: Path) => ({
    responseText: JSON.stringify(json).replace(`"${BIG}"`, BIG_TEXT),
    label: label(path),
  });
  if (m.kind === 'extra') {
    const path = nth(paths.objects, m.at) ?? [];
    (at(json, path) as Record<string, Json>)[`x_${m.pick % 997}`] =
      nth([...WRONG_TYPES, ...EXTREMES, ...HOSTILE_TEXTS], m.pick) ?? null;
    return text(path);
  }
  if (m.kind === 'rename') {
    const path = nth(paths.keyed, m.at);
    if (path) {
      const parent = at(json, path.slice(0, -1)) as Record<string, Json>;
      const key = String(path[path.length - 1]);
      const value = parent[key] as Json;
      delete parent[key];
      parent[renamed(key, m.pick)] = value;
      return text(path);
    }
  }
  const typed =
    m.kind === 'numberAsString' || m.kind === 'extreme'
      ? paths.numbers
      : m.kind === 'unicode'
        ? paths.strings
        : paths.leaves;
  const path = nth(typed, m.at);
  if (!path || m.kind === 'drop' || m.kind === 'rename') {
    const target =
      nth(
        [...paths.leaves, ...paths.objects].filter((p) => p.length),
        m.at,
      ) ?? [];
    if (target.length) {
      const parent = at(json, target.slice(0, -1));
      const key = target[target.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (isObject(parent)) delete parent[key as string];
    }
    return text(target);
  }
  const before = at(json, path);
  let value: Json;
  if (m.kind === 'null') value = null;
  else if (m.kind === 'numberAsString') value = String(before);
  else if (m.kind === 'extreme') value = nth(EXTREMES, m.pick) ?? null;
  else if (m.kind === 'unicode') {
    value = m.pick % 2 ? m.text : (nth(HOSTILE_TEXTS, m.pick >> 1) ?? '');
  } else {
    const differing = WRONG_TYPES.filter((w) => typeof w !== typeof before || before === null);
    value = nth(differing, m.pick) ?? null;
  }
  setAt(json, path, value);
  return text(path);
}

/**
 * Fewer real rows, so that thousands of mutations fit in seconds: the first two, a spread
 * through the list, row 138 (a Phú Thọ unit whose transparency metrics are null), the last.
 */
export function trimmedAnswer(text: string): Json {
  const json = JSON.parse(text) as Json;
  const data = isObject(json) ? json.data : null;
  if (data === null || data === undefined || !isObject(data)) return json;
  for (const key of ['evaluation', 'children', 'items', 'content']) {
    const rows = data[key];
    if (!Array.isArray(rows)) continue;
    data[key] = rows.filter((_, i) => i < 2 || i % 60 === 0 || i === 138 || i >= rows.length - 1);
  }
  return json;
}
