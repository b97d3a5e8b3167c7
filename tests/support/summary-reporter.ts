import type { Reporter, TestCase, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * A test meant to run (not `.skip`, `.todo` or filtered out) that did not, because a hook of
 * a suite around it, or of the file, threw: its setup failed.
 */
function setupFailed(test: TestCase): boolean {
  if (test.options.mode !== 'run') return false;
  let parent = test.parent;
  while (parent.type === 'suite') {
    if (parent.errors().length > 0) return true;
    parent = parent.parent;
  }
  return parent.errors().length > 0;
}

/**
 * What one test file adds to the closing line. Tests whose setup failed (a `beforeAll` that
 * found no Chromium) never ran: they are counted as failed, never as skipped, even beside
 * other tests of the file that ran. A file that failed without any test (an import that
 * threw) counts as one failure, so a broken setup cannot pass for a quiet run.
 */
export function countModule(module: TestModule): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  /** Skipped without being asked to: the suspects when the file failed with no failure. */
  let unasked = 0;
  for (const test of module.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed') counts.passed++;
    else if (state === 'failed' || setupFailed(test)) counts.failed++;
    else {
      counts.skipped++;
      if (test.options.mode === 'run') unasked++;
    }
  }
  if (module.state() === 'failed' && counts.failed === 0) {
    counts.failed = Math.max(1, unasked);
    counts.skipped -= unasked;
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
