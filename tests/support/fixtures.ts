import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Capture } from '../replica/fixture-index.ts';

export const FIXTURES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'portal-2026',
);

/** An entry of captures.json: the request a fixture answers and how it was captured. */
export type FixtureCapture = Capture;

export function fixtureCaptures(): FixtureCapture[] {
  const index = JSON.parse(readFileSync(join(FIXTURES_DIR, 'captures.json'), 'utf8')) as {
    captures: FixtureCapture[];
  };
  return index.captures;
}

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES_DIR, file), 'utf8');
}

export function sha256OfFile(file: string): string {
  return createHash('sha256')
    .update(readFileSync(join(FIXTURES_DIR, file)))
    .digest('hex');
}
