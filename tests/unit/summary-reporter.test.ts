import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { countModule } from '../support/summary-reporter';

interface FakeSuite {
  type: 'suite' | 'module';
  errors: () => unknown[];
  parent?: FakeSuite;
}

const FILE_OK: FakeSuite = { type: 'module', errors: () => [] };

/**
 * A test file as the reporter sees it: its state and its tests, each a state or
 * [state, mode, parent suite].
 */
function file(state: string, tests: (string | [string, string, FakeSuite])[]): TestModule {
  const cases = tests.map((t) => {
    const [s, mode, parent] = typeof t === 'string' ? [t, 'run', FILE_OK] : t;
    return { result: () => ({ state: s }), options: { mode }, parent };
  });
  return { state: () => state, children: { allTests: () => cases } } as unknown as TestModule;
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
    // A skipped test of a file whose setup failed is still a deliberate skip.
    expect(countModule(file('failed', ['skipped', ['skipped', 'skip', FILE_OK]]))).toEqual({
      passed: 0,
      failed: 1,
      skipped: 1,
    });
    // A file that could not even be imported: no tests, still one failure.
    expect(countModule(file('failed', []))).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('counts tests under a broken beforeAll as failed even when the rest of the file ran', () => {
    // Seen in Vitest 4: describe A's beforeAll throws (its tests 'skipped', mode 'run'), describe
    // B has a failing, a passing and a deliberately skipped test.
    const broken: FakeSuite = {
      type: 'suite',
      errors: () => [new Error('no Chromium')],
      parent: FILE_OK,
    };
    const fine: FakeSuite = { type: 'suite', errors: () => [], parent: FILE_OK };
    const inner: FakeSuite = { type: 'suite', errors: () => [], parent: broken };
    const module = file('failed', [
      ['skipped', 'run', broken],
      ['skipped', 'run', inner],
      ['failed', 'run', fine],
      ['passed', 'run', fine],
      ['skipped', 'skip', fine],
    ]);
    expect(countModule(module)).toEqual({ passed: 1, failed: 3, skipped: 1 });
    // Filtered out with -t: mode 'skip', a skip, not a failure.
    expect(countModule(file('passed', [['skipped', 'skip', broken], 'passed']))).toEqual({
      passed: 1,
      failed: 0,
      skipped: 1,
    });
  });
});
