import type { Reporter, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * What one test file adds to the closing line. A file that failed without a failing test
 * failed in its setup (a `beforeAll` that found no Chromium, an import that threw): its tests
 * never ran, and they are counted as failed, never as skipped, so a broken setup cannot pass
 * for a quiet run.
 */
export function countModule(module: TestModule): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of module.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed') counts.passed++;
    else if (state === 'failed') counts.failed++;
    else counts.skipped++;
  }
  if (module.state() === 'failed' && counts.failed === 0) {
    counts.failed = Math.max(1, counts.skipped);
    counts.skipped = 0;
  }
  return counts;
}

/**
 * Prints one closing line `N passed, N failed, N skipped` that CI's log reader knows;
 * Vitest's own summary is in a format it does not read.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const total: Counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      const counts = countModule(module);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
    process.stdout.write(
      `\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`,
    );
  }
}
