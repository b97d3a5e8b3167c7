import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One entry of captures.json, as its publisher wrote it. */
export interface Capture {
  file: string;
  method: string;
  url: string;
  requestBody: Record<string, unknown>;
  httpStatus: number;
  contentType: string;
  capturedAt: string | null;
  bytes: number;
  sha256: string;
  note?: string;
}

/** A capture ready to be served: the request it answers and the exact reply bytes. */
export interface Fixture {
  capture: Capture;
  /** Path of the capture URL, e.g. /api/v1/reporting/evaluation/transparency. */
  path: string;
  body: Buffer;
  /** Built for tests from real captures, not said by the portal: the page says so. */
  illustrative: boolean;
}

export const DEFAULT_FIXTURES_DIR = fileURLToPath(
  new URL('../fixtures/portal-2026', import.meta.url),
);

/** Test fixtures built from the real ones (a second month); see its README.md. */
export const DERIVED_FIXTURES_DIR = fileURLToPath(
  new URL('../fixtures/portal-2026-derived', import.meta.url),
);

export async function readCaptures(fixturesDir: string = DEFAULT_FIXTURES_DIR): Promise<Capture[]> {
  const text = await readFile(join(fixturesDir, 'captures.json'), 'utf8');
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed) || !Array.isArray(parsed.captures)) {
    throw new Error(`${fixturesDir}/captures.json has no "captures" array`);
  }
  return parsed.captures as Capture[];
}

export async function loadFixtures(fixturesDir: string = DEFAULT_FIXTURES_DIR): Promise<Fixture[]> {
  const captures = await readCaptures(fixturesDir);
  return Promise.all(
    captures.map(async (capture) => ({
      capture,
      path: new URL(capture.url).pathname,
      // Kept as a Buffer so the reply is the captured bytes, not a re-serialization.
      body: await readFile(join(fixturesDir, capture.file)),
      illustrative: fixturesDir === DERIVED_FIXTURES_DIR,
    })),
  );
}

export function findFixture(
  fixtures: readonly Fixture[],
  method: string,
  path: string,
  body: unknown,
): Fixture | undefined {
  return fixtures.find(
    (f) =>
      f.capture.method.toUpperCase() === method.toUpperCase() &&
      f.path === path &&
      jsonEqual(f.capture.requestBody, body),
  );
}

/** Deep equality of JSON values where object key order does not matter (array order does). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
