import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { countModule } from '../support/summary-reporter';

/** A test file as the reporter sees it: its state and the states of its tests. */
function file(state: string, tests: string[]): TestModule {
  return {
    state: () => state,
    children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) },
  } as unknown as TestModule;
}

describe('the closing line', () => {
  it('counts what ran as it went', () => {
    expect(countModule(file('passed', ['passed', 'passed', 'skipped']))).toEqual({
      passed: 2,
      failed: 0,
      skipped: 1,
    });
    expect(countModule(file('failed', ['passed', 'failed']))).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
    });
  });

  it('counts the tests of a file whose setup failed as failed, never as skipped', () => {
    // A beforeAll that threw (no Chromium): Vitest skips the tests and fails the file.
    expect(countModule(file('failed', ['skipped', 'skipped', 'skipped']))).toEqual({
      passed: 0,
      failed: 3,
      skipped: 0,
    });
    // A file that could not even be imported: no tests, still one failure.
    expect(countModule(file('failed', []))).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});
