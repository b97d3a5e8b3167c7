import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'portal-2026',
);

export interface FixtureCapture {
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
