import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationRecords, parsedFields } from '../../lib/capture/apply-parse';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { buildLongCsv, type CsvProfile, parseLongCsv } from '../../lib/export/long-csv';
import { endpointShortName, PARSER_VERSION, parseCapture } from '../../lib/portal/api2026';
import { type EndpointName, endpointFromUrl } from '../../lib/portal/api2026/endpoints';
import { type FixtureCapture, fixtureCaptures, fixtureText } from '../support/fixtures';
import { freshDatabase } from '../support/fresh-db';
import {
  applyMutation,
  type Json,
  type MutatedAnswer,
  type Mutation,
  mutationArbitrary,
  trimmedAnswer,
} from '../support/fuzz/mutations';
import { csvRowProblem, storedProblem } from '../support/fuzz/pipeline-oracle';
import { observedFixture, PORTAL_PAGE } from '../support/observed';
import { captureInput } from '../support/portal/capture-input';
import { firstMismatch } from '../support/portal/compare-stored';
import { expectFromRaw } from '../support/portal/raw-expectations';

/*
 * Fuzzing the whole way a portal answer travels: mutated real fixtures go through
 * parseCapture, then through the ingest into a (fake) IndexedDB and out as the long CSV.
 * Whatever the mutation: nothing throws; an accepted answer is stored exactly as the raw JSON
 * says (null stays null, never 0) and written to the CSV as stored; a refused one is kept raw,
 * flagged with a reason naming the endpoint, and yields no row and no snapshot.
 *
 * The seed is fixed so `npm test` is repeatable. FUZZ_RUNS raises the number of mutations for
 * a longer hunt (`FUZZ_RUNS=200000 npx vitest run --project unit tests/unit/fuzz-pipeline`),
 * FUZZ_SEED changes the seed; a failure prints the seed and path to replay it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 0x766);
/** Mutations through parse, the stored rows and the CSV (≥ 10 000 by default), all fixtures. */
const PARSE_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Also through the real ingest into IndexedDB: each costs a database, so fewer. */
const PIPELINE_RUNS = Math.max(50, Math.round(PARSE_RUNS / 50));

const captures = fixtureCaptures();

interface Base {
  capture: FixtureCapture;
  endpoint: EndpointName;
  json: Json;
  text: string;
  rootId: string;
}

const bases: Base[] = captures.map((capture) => {
  const endpoint = endpointFromUrl(capture.url);
  if (!endpoint) throw new Error(`fixture ${capture.file} has no endpoint`);
  const json = trimmedAnswer(fixtureText(capture.file));
  const root = capture.requestBody.rootDepartmentId;
  return {
    capture,
    endpoint,
    json,
    text: JSON.stringify(json),
    rootId: typeof root === 'string' ? root : 'NATION',
  };
});

function dataOf(text: string): Json {
  return (JSON.parse(text) as { data: Json }).data;
}

/**
 * Null when the answer went through parse → records → long CSV as it should: accepted, the
 * numbers are the raw JSON's and the CSV writes them back; refused, a reason names the endpoint.
 */
const chainSeen = { accepted: 0, refused: 0 };

function chainProblem(base: Base, mutated: MutatedAnswer, profile: CsvProfile): string | null {
  const overrides = mutated.contentType === undefined ? {} : { contentType: mutated.contentType };
  const input = captureInput(base.capture, mutated.responseText, overrides);
  let result: ReturnType<typeof parseCapture>;
  try {
    result = parseCapture(input);
  } catch (error) {
    return `threw ${String(error)}`;
  }
  chainSeen[result.ok ? 'accepted' : 'refused']++;
  if (!result.ok) {
    const name = endpointShortName(base.endpoint);
    return result.reason.includes(name) ? null : `reason without ${name}: ${result.reason}`;
  }
  const expected = expectFromRaw(base.endpoint, dataOf(mutated.responseText), base.rootId);
  const mismatch = firstMismatch(expected, result.value);
  if (mismatch) return mismatch;
  // The rows the ingest writes, then the CSV written from them, as the background does.
  const fields = parsedFields(result, PARSER_VERSION);
  const observations = observationRecords(1, result.value).map((o, id) => ({ ...o, id }));
  const capture = {
    endpoint: base.endpoint,
    observedAt: input.capturedAt.toISOString(),
    periodKey: fields.periodKey ?? null,
    periodClosed: fields.periodClosed ?? null,
    scope: fields.scope ?? null,
    rootUnitId: fields.rootUnitId ?? null,
  };
  try {
    const rows = parseLongCsv(buildLongCsv([{ capture, observations }], profile));
    if (rows.length !== observations.length) return `${rows.length} CSV rows`;
    for (const [i, row] of rows.entries()) {
      const problem = csvRowProblem(row, observations[i], profile);
      if (problem) return `CSV row ${i} ${problem}`;
    }
  } catch (error) {
    return `export threw ${String(error)}`;
  }
  return null;
}

const PROFILE = fc.constantFrom<CsvProfile>('standard', 'excel-vn');

function parameters(runs: number, offset: number) {
  return { numRuns: runs, seed: SEED + offset, endOnFailure: true } as const;
}

describe('fuzzing parse → store → export with mutated real answers', () => {
  it(`${PARSE_RUNS} mutations through parse, rows and CSV: the raw numbers, or a reason`, () => {
    const perBase = Math.ceil(PARSE_RUNS / bases.length);
    bases.forEach((base, i) => {
      fc.assert(
        fc.property(mutationArbitrary(), PROFILE, (m: Mutation, profile) => {
          const mutated = applyMutation(base.json, base.text, m);
          const problem = chainProblem(base, mutated, profile);
          if (problem) throw new Error(`${base.capture.file} ${mutated.label}: ${problem}`);
        }),
        parameters(perBase, i),
      );
    });
    expect(chainSeen.accepted + chainSeen.refused).toBeGreaterThanOrEqual(PARSE_RUNS);
    expect(chainSeen.accepted).toBeGreaterThan(PARSE_RUNS / 10);
    expect(chainSeen.refused).toBeGreaterThan(PARSE_RUNS / 10);
  }, 120_000);

  it(`ingest and long CSV: ${PIPELINE_RUNS} mutations through IndexedDB and out again`, async () => {
    const seen = { ok: 0, flagged: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bases.length - 1 }),
        mutationArbitrary(),
        PROFILE,
        async (which, m, profile) => {
          const base = bases[which] as Base;
          const mutated = applyMutation(base.json, base.text, m);
          const db = freshDatabase(`fuzz-${which}`);
          const call = observedFixture(base.capture.file, {
            responseText: mutated.responseText,
            ...(mutated.contentType === undefined ? {} : { contentType: mutated.contentType }),
          });
          const outcome = await ingestObservedCall(db, call, PORTAL_PAGE);
          seen[outcome.state === 'ok' ? 'ok' : 'flagged']++;
          const problem = await storedProblem(db, outcome, base, mutated.responseText);
          if (problem) throw new Error(`${base.capture.file} ${mutated.label}: ${problem}`);
          const stored = await db.observations.where('captureId').equals(outcome.id).sortBy('id');
          const capture = await db.captures.get(outcome.id);
          if (!capture) throw new Error('capture not stored');
          const csv = buildLongCsv(
            outcome.snapshotKey ? [{ capture, observations: stored }] : [],
            profile,
          );
          const rows = parseLongCsv(csv);
          if (rows.length !== (outcome.snapshotKey ? stored.length : 0)) {
            throw new Error(`${rows.length} CSV rows for ${stored.length} stored`);
          }
          rows.forEach((row, i) => {
            const csvProblem = csvRowProblem(row, stored[i], profile);
            if (csvProblem) throw new Error(`${mutated.label}: CSV row ${i} ${csvProblem}`);
          });
          db.close();
        },
      ),
      parameters(PIPELINE_RUNS, 101),
    );
    // Both sides of the oracle were exercised, not only refusals.
    expect(seen.ok).toBeGreaterThan(PIPELINE_RUNS / 10);
    expect(seen.flagged).toBeGreaterThan(PIPELINE_RUNS / 10);
  }, 120_000);
});
