import { describe, expect, it } from 'vitest';
import type { CaptureInput } from '../../lib/portal/api2026';
import { endpointFromUrl, endpointShortName, parseCapture } from '../../lib/portal/api2026';
import type { EndpointName } from '../../lib/portal/api2026/endpoints';
import { type FixtureCapture, fixtureCaptures, fixtureText } from '../support/fixtures';
import { captureInput } from '../support/portal/capture-input';
import { firstMismatch } from '../support/portal/compare-stored';
import { expectFromRaw } from '../support/portal/raw-expectations';

/*
 * Property tests on mutated real captures. Whatever is done to a response, parseCapture
 * must not throw; when it accepts, every stored number is the number at the same place in
 * the mutated JSON (null stays null, a dropped field is null, never 0); when it refuses,
 * the reason names the endpoint (and, for schema problems, a field path).
 */

const PER_KIND = 200;
const SEED = 0x766;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** mulberry32: small, fast, and the same sequence on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every path to a primitive (null included), and every path to an object. */
function walk(value: Json, path: Path, leaves: Path[], objects: Path[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, [...path, i], leaves, objects);
    });
  } else if (isObject(value)) {
    objects.push(path);
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], leaves, objects);
  } else {
    leaves.push(path);
  }
}

function containerAt(root: Json, path: Path): Json {
  let cur: Json = root;
  for (const key of path) {
    cur = (cur as Record<string | number, Json>)[key] as Json;
  }
  return cur;
}

function setAt(root: Json, path: Path, value: Json): void {
  const parent = containerAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
}

function formatPath(path: Path): string {
  // The envelope's own fields are reported under "response", everything below under "data".
  const [head, ...rest] = path;
  const root = head === 'data' ? 'data' : 'response';
  const tail = head === 'data' ? rest : path;
  return root + tail.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}

/**
 * Real rows, fewer of them, so that thousands of mutations fit in a few seconds: the first
 * few (agencies), a spread through the list, the last few (communes), and row 138, the
 * second Phú Thọ unit whose transparency/digitisation metrics are null.
 */
function trimmed(text: string): Json {
  const json = JSON.parse(text) as Json;
  const data = isObject(json) ? json.data : null;
  if (!isObject(data ?? null)) return json;
  const d = data as { [key: string]: Json };
  for (const key of ['evaluation', 'children']) {
    const rows = d[key];
    if (!Array.isArray(rows)) continue;
    d[key] = rows.filter((_, i) => i < 5 || i % 30 === 0 || i === 138 || i >= rows.length - 3);
  }
  return json;
}

const BIG = '__BIG_INTEGER__';
const WRONG_TYPES: Json[] = ['12', 'x', {}, [], true, [1, 2]];
const EXTRA_VALUES: Json[] = [1, 'extra', null, true, { nested: 1 }, [1, 'a'], -3.5];
const HTML =
  '<!DOCTYPE html><html><head><title>Request Rejected</title></head><body>The requested URL was rejected.</body></html>';

type Kind = 'drop' | 'wrongType' | 'null' | 'huge' | 'extra' | 'truncate' | 'replaceBody';
const KINDS: Kind[] = ['drop', 'wrongType', 'null', 'huge', 'extra', 'truncate', 'replaceBody'];

interface Mutation {
  text: string;
  path: Path | null;
  overrides?: Partial<CaptureInput>;
}

const pathCache = new WeakMap<object, { leaves: Path[]; objects: Path[] }>();

/** The paths of a base document, computed once: every mutation starts from a fresh copy. */
function pathsOf(base: Json): { leaves: Path[]; objects: Path[] } {
  const key = base as object;
  let paths = pathCache.get(key);
  if (!paths) {
    paths = { leaves: [], objects: [] };
    walk(base, [], paths.leaves, paths.objects);
    pathCache.set(key, paths);
  }
  return paths;
}

/** `baseText` must be the serialisation of `base`. */
function mutate(base: Json, baseText: string, kind: Kind, rng: () => number): Mutation {
  if (kind === 'truncate') {
    return { text: baseText.slice(0, Math.floor(rng() * baseText.length)), path: null };
  }
  if (kind === 'replaceBody') {
    const text = pick(rng, [HTML, '', '   ', `\n${HTML}`]);
    const contentType = pick(rng, ['text/html; charset=utf-8', 'application/json', null]);
    return { text, path: null, overrides: { contentType } };
  }
  const json = JSON.parse(baseText) as Json;
  const { leaves, objects } = pathsOf(base);
  if (kind === 'drop') {
    const candidates = [...leaves, ...objects].filter((p) => p.length > 0);
    const path = pick(rng, candidates);
    const parent = containerAt(json, path.slice(0, -1));
    const key = path[path.length - 1] as string | number;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else if (isObject(parent)) delete parent[key as string];
    return { text: JSON.stringify(json), path };
  }
  if (kind === 'extra') {
    const path = pick(rng, objects);
    const target = containerAt(json, path) as { [key: string]: Json };
    const key = `x_${Math.floor(rng() * 1e6).toString(36)}`;
    target[key] = pick(rng, EXTRA_VALUES);
    return { text: JSON.stringify(json), path: [...path, key] };
  }
  const path = pick(rng, leaves);
  const before = containerAt(json, path);
  let value: Json;
  if (kind === 'null') value = null;
  else if (kind === 'huge') value = pick(rng, [1e308, -1e308, BIG]);
  else {
    const differing = WRONG_TYPES.filter((w) => typeof w !== typeof before || before === null);
    value = pick(rng, differing);
  }
  setAt(json, path, value);
  // MAX_SAFE_INTEGER + 2 cannot be held by a JS number, so it is written into the text.
  const text = JSON.stringify(json).replace(
    `"${BIG}"`,
    String(BigInt(Number.MAX_SAFE_INTEGER) + 2n),
  );
  return { text, path };
}

function rootIdOf(capture: FixtureCapture): string {
  const root = capture.requestBody.rootDepartmentId;
  return typeof root === 'string' ? root : 'NATION';
}

interface Outcome {
  /** 'ok' or the refusal stage. */
  label: string;
  problem: string | null;
}

function checkOne(capture: FixtureCapture, kind: Kind, mutation: Mutation): Outcome {
  const endpoint = endpointFromUrl(capture.url);
  if (!endpoint) return { label: 'none', problem: 'fixture URL has no endpoint' };
  let result: ReturnType<typeof parseCapture>;
  try {
    result = parseCapture(captureInput(capture, mutation.text, mutation.overrides ?? {}));
  } catch (error) {
    return { label: 'threw', problem: `threw: ${String(error)}` };
  }
  return {
    label: result.ok ? 'ok' : result.stage,
    problem: judge(endpoint, capture, kind, mutation, result),
  };
}

function judge(
  endpoint: EndpointName,
  capture: FixtureCapture,
  kind: Kind,
  mutation: Mutation,
  result: ReturnType<typeof parseCapture>,
): string | null {
  const name = endpointShortName(endpoint);
  if (result.ok) {
    const data = (JSON.parse(mutation.text) as { data: Json }).data;
    return firstMismatch(expectFromRaw(endpoint, data, rootIdOf(capture)), result.value);
  }
  if (!result.reason?.includes(name)) {
    return `reason does not name ${name}: ${JSON.stringify(result.reason)}`;
  }
  if (result.stage === 'schema') {
    if (!/\b(data|response)\b/.test(result.reason)) return `no field path: ${result.reason}`;
    if (
      kind === 'wrongType' &&
      mutation.path &&
      !result.reason.includes(formatPath(mutation.path))
    ) {
      return `schema reason does not name ${formatPath(mutation.path)}: ${result.reason}`;
    }
  }
  const early = result.stage === 'json' || result.stage === 'transport';
  if ((kind === 'truncate' || kind === 'replaceBody') && !early) {
    return `${kind} refused at stage ${result.stage}`;
  }
  return null;
}

describe.each(fixtureCaptures().map((c) => [c.file, c] as const))(
  'mutations of %s',
  (_, capture) => {
    const baseText = fixtureText(capture.file);
    const base = trimmed(baseText);
    const trimmedText = JSON.stringify(base);

    it.each(KINDS)(`%s ×${PER_KIND}: never throws, never stores a wrong number`, (kind) => {
      const rng = prng(SEED ^ (KINDS.indexOf(kind) * 7919) ^ capture.file.length);
      const problems: string[] = [];
      const stages = new Map<string, number>();
      for (let i = 0; i < PER_KIND; i++) {
        const mutation = mutate(base, trimmedText, kind, rng);
        const { label, problem } = checkOne(capture, kind, mutation);
        if (problem) problems.push(`#${i} ${mutation.path?.join('.') ?? ''}: ${problem}`);
        stages.set(label, (stages.get(label) ?? 0) + 1);
      }
      // MUTATION_STATS=1 prints how many mutations were accepted and refused at each stage.
      if (process.env.MUTATION_STATS) console.log(capture.file, kind, JSON.stringify([...stages]));
      expect(problems.slice(0, 5)).toEqual([]);
      // The trimmed text ends in "}", so every cut of it is invalid JSON.
      if (kind === 'truncate' || kind === 'replaceBody') expect(stages.get('ok') ?? 0).toBe(0);
    });

    it('a few mutations of the full-size capture behave the same', () => {
      const full = JSON.parse(baseText) as Json;
      const rng = prng(SEED + 1);
      const problems: string[] = [];
      for (const kind of ['drop', 'wrongType', 'null', 'huge', 'extra'] as const) {
        for (let i = 0; i < 4; i++) {
          const mutation = mutate(full, baseText, kind, rng);
          const { problem } = checkOne(capture, kind, mutation);
          if (problem) problems.push(`${kind} ${mutation.path?.join('.') ?? ''}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
  },
);
