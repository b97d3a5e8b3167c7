// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaptureInput, type ParseResult, parseCapture } from '../../lib/portal/api2026';
import { type EndpointName, endpointFromUrl } from '../../lib/portal/api2026/endpoints';
import { fastNormalize } from '../../lib/portal/api2026/fast-path';
import { parseCaptureWithSchemas } from '../../lib/portal/api2026/parse-capture';
import { normalizeWithSchemas } from '../../lib/portal/api2026/pipelines';
import { readRequest } from '../../lib/portal/api2026/request';
import { FIXTURES_DIR, type FixtureCapture } from '../support/fixtures';
import {
  applyMutation,
  type Json,
  type Mutation,
  mutationArbitrary,
  trimmedAnswer,
} from '../support/fuzz/mutations';
import { captureInput } from '../support/portal/capture-input';

/*
 * The hand-written fast path (#11) against the zod pipeline it stands in for. Whatever the
 * answer: parseCapture and the zod-only parse give the same result, key order included (the
 * params of an observation are written out in that order); when the fast path answers at all,
 * the schemas accept the same data and normalize it to the same capture. On the real fixtures
 * the fast path must answer, or it would be tested only by its falling back.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 0x766);
/** Answer mutations per fixture and request-body mutations per fixture; `npm test` stays quick. */
const ANSWER_RUNS = Number(process.env.FAST_PATH_RUNS ?? 250);
const REQUEST_RUNS = Math.max(20, Math.round(ANSWER_RUNS / 5));
/** Long hunts (FAST_PATH_RUNS=5000) need more than the default minute. */
const TIMEOUT = Math.max(60_000, ANSWER_RUNS * 200);

interface Base {
  capture: FixtureCapture;
  endpoint: EndpointName;
  text: string;
}

function basesIn(dir: string): Base[] {
  const index = JSON.parse(readFileSync(join(dir, 'captures.json'), 'utf8')) as {
    captures: FixtureCapture[];
  };
  return index.captures.map((capture) => {
    const endpoint = endpointFromUrl(capture.url);
    if (!endpoint) throw new Error(`fixture ${capture.file} has no endpoint`);
    return { capture, endpoint, text: readFileSync(join(dir, capture.file), 'utf8') };
  });
}

const REAL = basesIn(FIXTURES_DIR);
const DERIVED = basesIn(join(FIXTURES_DIR, '..', 'portal-2026-derived'));

/** Same value and same key order everywhere (JSON text), and same numbers to the sign of 0. */
function expectSame(fast: unknown, schemas: unknown, label: string): void {
  expect(JSON.stringify(fast), label).toBe(JSON.stringify(schemas));
  expect(fast, label).toStrictEqual(schemas);
}

function bothWays(input: CaptureInput): { fast: ParseResult; schemas: ParseResult } {
  return { fast: parseCapture(input), schemas: parseCaptureWithSchemas(input) };
}

/** The fast path alone on the answer's data: null, or what the schemas make of that data. */
function fastAgainstSchemas(base: Base, input: CaptureInput, label: string): 'fast' | 'fallback' {
  let data: unknown;
  try {
    data = (JSON.parse(input.responseText) as { data?: unknown } | null)?.data;
  } catch {
    return 'fallback';
  }
  let request: ReturnType<typeof readRequest>;
  try {
    request = readRequest(base.endpoint, input.requestBody, input.capturedAt, true);
  } catch {
    return 'fallback';
  }
  const fast = fastNormalize(base.endpoint, data, request.context, request.currentPage);
  if (fast === null) return 'fallback';
  // Never accept what the schemas refuse: this throws if they do.
  const schemas = normalizeWithSchemas(base.endpoint, data, request.context, request.currentPage);
  expectSame(fast, schemas, label);
  return 'fast';
}

describe('parse fast path = zod pipeline', () => {
  it.each([...REAL, ...DERIVED].map((b) => [b.capture.file, b] as const))(
    '%s: the fast path answers, and exactly as the schemas do',
    (_, base) => {
      const input = captureInput(base.capture, base.text);
      expect(fastAgainstSchemas(base, input, base.capture.file)).toBe('fast');
      const { fast, schemas } = bothWays(input);
      expect(fast.ok).toBe(true);
      expectSame(fast, schemas, base.capture.file);
    },
  );

  it(
    `${ANSWER_RUNS} mutated answers per real fixture: same result either way`,
    () => {
      const seen = { fast: 0, fallback: 0, accepted: 0, refused: 0 };
      REAL.forEach((base, i) => {
        const json = trimmedAnswer(base.text);
        const text = JSON.stringify(json);
        fc.assert(
          fc.property(mutationArbitrary(), (m: Mutation) => {
            const mutated = applyMutation(json, text, m);
            const overrides =
              mutated.contentType === undefined ? {} : { contentType: mutated.contentType };
            const input = captureInput(base.capture, mutated.responseText, overrides);
            const label = `${base.capture.file} ${mutated.label}`;
            const { fast, schemas } = bothWays(input);
            expectSame(fast, schemas, label);
            seen[schemas.ok ? 'accepted' : 'refused']++;
            seen[fastAgainstSchemas(base, input, label)]++;
          }),
          { numRuns: ANSWER_RUNS, seed: SEED + i, endOnFailure: true },
        );
      });
      // Both sides were exercised: answers the fast path took, and answers it left to zod.
      expect(seen.accepted).toBeGreaterThan(ANSWER_RUNS);
      expect(seen.refused).toBeGreaterThan(ANSWER_RUNS);
      expect(seen.fast).toBeGreaterThan(ANSWER_RUNS);
    },
    TIMEOUT,
  );

  it(
    `${REQUEST_RUNS} mutated request bodies per real fixture: same result either way`,
    () => {
      const seen = { accepted: 0, refused: 0 };
      REAL.forEach((base, i) => {
        const body = base.capture.requestBody as Json;
        const bodyText = JSON.stringify(body);
        const json = trimmedAnswer(base.text);
        const answer = JSON.stringify(json);
        fc.assert(
          fc.property(mutationArbitrary(), (m: Mutation) => {
            const mutated = applyMutation(body, bodyText, m);
            const input = {
              ...captureInput(base.capture, answer),
              requestBody: mutated.responseText,
            };
            const { fast, schemas } = bothWays(input);
            expectSame(fast, schemas, `${base.capture.file} request ${mutated.label}`);
            seen[schemas.ok ? 'accepted' : 'refused']++;
          }),
          { numRuns: REQUEST_RUNS, seed: SEED + 100 + i, endOnFailure: true },
        );
      });
      expect(seen.accepted).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
