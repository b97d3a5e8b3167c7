import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `lib/portal/` is the only place that knows the portal: its host, its API path and its
 * endpoint names. A portal move or redesign is then a change there, and this test says so
 * when someone writes that knowledge anywhere else.
 */
const SCANNED = ['lib', 'components', 'entrypoints'];
const ALSO = ['wxt.config.ts'];
const PORTAL_KNOWLEDGE = [
  /dichvucong\.gov\.vn/i,
  /\/api\/v1\/reporting/,
  // An endpoint name written as a string: 'evaluation/…', "evaluation/…" or `evaluation/…`.
  /['"`]evaluation\//,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function offenders(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) =>
        PORTAL_KNOWLEDGE.some((pattern) => pattern.test(line))
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

describe('knowledge of the portal', () => {
  const files = [...SCANNED.flatMap(sources), ...ALSO];
  const outside = files.filter((file) => !file.startsWith(join('lib', 'portal')));

  it('lives in lib/portal/ only', () => {
    expect(outside.length).toBeGreaterThan(100);
    expect(offenders(outside, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('is really there, so the check above looks for the right things', () => {
    const inside = files.filter((file) => file.startsWith(join('lib', 'portal')));
    const found = offenders(inside, (file) => readFileSync(file, 'utf8')).join('\n');
    expect(found).toMatch(/lib\/portal\/site\.ts:.*dichvucong\.gov\.vn/);
    expect(found).toMatch(/lib\/portal\/site\.ts:.*\/api\/v1\/reporting\//);
    expect(found).toMatch(/lib\/portal\/api2026\/endpoints\.ts:.*'evaluation\/transparency'/);
  });

  it('is caught wherever it is written', () => {
    const planted = {
      'lib/a.ts': "const url = 'https://dichvucong.gov.vn/x';",
      'lib/b.ts': 'fetch(`${origin}/api/v1/reporting/${endpoint}`);',
      'lib/c.ts': "if (endpoint === 'evaluation/service-results') {}",
      'lib/d.ts': "const fine = 'Tổng hợp';",
    };
    const found = offenders(Object.keys(planted), (f) => planted[f as keyof typeof planted]);
    expect(found.map((line) => line.split(':')[0])).toEqual(['lib/a.ts', 'lib/b.ts', 'lib/c.ts']);
  });
});
