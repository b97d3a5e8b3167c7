import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/e2e-harness.ts';
import { INJECTED_BUDGET_BYTES, injectedScriptSizes, overBudget } from '../support/size-budget.ts';

describe('what the extension injects into every portal page', () => {
  it('stays within 20 KB gzip in the built extension', () => {
    const sizes = injectedScriptSizes(EXTENSION_DIR);
    expect(sizes.map((s) => s.file).sort()).toEqual([
      'content-scripts/portal-bridge.js',
      'content-scripts/portal-tap.js',
    ]);
    const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
    process.stdout.write(
      `injected scripts: ${total} B gzip of ${INJECTED_BUDGET_BYTES} B budget\n`,
    );
    expect(overBudget(sizes)).toBeNull();
  });

  it('fails a build whose injected scripts exceed the budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso766-budget-'));
    try {
      mkdirSync(join(dir, 'content-scripts'));
      // Random bytes do not compress: 21 KB stays about 21 KB in gzip.
      writeFileSync(
        join(dir, 'content-scripts', 'big.js'),
        randomBytes(21 * 1024).toString('base64'),
      );
      writeFileSync(
        join(dir, 'manifest.json'),
        JSON.stringify({
          content_scripts: [
            { matches: ['https://dichvucong.gov.vn/*'], js: ['content-scripts/big.js'] },
          ],
        }),
      );
      expect(overBudget(injectedScriptSizes(dir))).toMatch(/over the 20480 B budget/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
