/**
 * TEST SUPPORT ONLY: what the fuzzing test expects of the database after one ingest, and of
 * each long CSV row, written without the extension's own helpers (raw-expectations.ts reads
 * the JSON its own naive way; the CSV is read back as text).
 */
import type { IngestOutcome } from '../../../lib/capture/ingest';
import type { ChisoDatabase, ObservationRecord } from '../../../lib/db/database';
import { listSnapshots } from '../../../lib/db/snapshots';
import { endpointShortName } from '../../../lib/portal/api2026';
import type { EndpointName } from '../../../lib/portal/api2026/endpoints';
import { firstMismatch } from '../portal/compare-stored';
import { type ExpectedUnit, expectFromRaw } from '../portal/raw-expectations';
import type { Json } from './mutations';

interface Base {
  endpoint: EndpointName;
  rootId: string;
}

/** Null when the database holds exactly what the raw answer says (or only the flagged raw). */
export async function storedProblem(
  db: ChisoDatabase,
  outcome: IngestOutcome,
  base: Base,
  responseText: string,
): Promise<string | null> {
  const payload = await db.payloads.get(outcome.id);
  if (payload?.responseText !== responseText) return 'raw payload not kept byte for byte';
  const stored = await db.observations.where('captureId').equals(outcome.id).sortBy('id');
  if (outcome.state !== 'ok') {
    const name = endpointShortName(base.endpoint);
    if (outcome.state !== 'flagged') return `state ${outcome.state}`;
    if (!outcome.reason?.includes(name)) return `flag reason without ${name}: ${outcome.reason}`;
    if (stored.length) return `${stored.length} rows stored from a flagged answer`;
    if (await db.units.count()) return 'units stored from a flagged answer';
    if ((await listSnapshots(db)).length) return 'a flagged answer became a snapshot';
    return null;
  }
  const data = (JSON.parse(responseText) as { data: Json }).data;
  const expected = expectFromRaw(base.endpoint, data, base.rootId);
  const unitProblem = await unitsProblem(db, expected.units);
  if (unitProblem) return unitProblem;
  return firstMismatch(expected, { units: expected.units, observations: stored });
}

/** Units as stored: the last row naming an id wins, as within one answer it should. */
async function unitsProblem(
  db: ChisoDatabase,
  expected: readonly ExpectedUnit[],
): Promise<string | null> {
  const last = new Map(expected.map((u) => [u.id, u]));
  for (const [id, e] of last) {
    const a = await db.units.get(id);
    if (!a) return `unit ${id} not stored`;
    for (const key of ['code', 'name', 'kind', 'parentId'] as const) {
      if (!Object.is(a[key], e[key])) {
        return `unit ${id}.${key}: stored ${JSON.stringify(a[key])}, JSON ${JSON.stringify(e[key])}`;
      }
    }
  }
  if ((await db.units.count()) !== last.size) return 'units stored that the answer does not name';
  return null;
}

const NUMBER_COLUMNS = [
  ['score', 'score'],
  ['max_score', 'maxScore'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['ratio', 'ratio'],
] as const;

const TEXT_COLUMNS = [
  ['unit_id', 'unitId'],
  ['unit_code', 'unitCode'],
  ['unit_name', 'unitName'],
  ['criterion', 'criterion'],
] as const;

/** The two decimals the CSV gives our own derived ratios, computed the schoolbook way. */
function twoDecimals(value: number): number | null {
  const r = Number(value.toFixed(2));
  return Number.isFinite(r) ? r : null;
}

/** A text cell reads back as the stored text, behind a `'` when a spreadsheet would run it. */
function textProblem(cell: string | undefined, value: string | null): string | null {
  if (value === null || value === '') return cell === '' ? null : `${cell} for nothing`;
  const risky = /^[=+\-@\t\r]/.test(value);
  if (cell !== (risky ? `'${value}` : value)) return `${JSON.stringify(cell?.slice(0, 40))}`;
  return null;
}

export function csvRowProblem(
  row: Record<string, string>,
  obs: ObservationRecord | undefined,
  profile: 'standard' | 'excel-vn',
): string | null {
  if (!obs) return 'a row with no stored observation';
  for (const [column, key] of NUMBER_COLUMNS) {
    const cell = row[column] ?? '';
    let value = obs[key];
    if (key === 'ratio' && obs.derived && value !== null) value = twoDecimals(value);
    if (value === null || !Number.isFinite(value)) {
      if (cell !== '') return `${column}: ${cell} where nothing was stored`;
      continue;
    }
    if (/e/i.test(cell)) return `${column}: exponent notation ${cell}`;
    const read = Number(profile === 'excel-vn' ? cell.replace(',', '.') : cell);
    if (cell === '' || read !== value) return `${column}: ${cell} for stored ${value}`;
  }
  for (const [column, key] of TEXT_COLUMNS) {
    const problem = textProblem(row[column], obs[key]);
    if (problem) return `${column}: ${problem}`;
  }
  const flags = obs.flags.length ? obs.flags.join('|') : null;
  const flagProblem = textProblem(row.flags, flags);
  return flagProblem ? `flags: ${flagProblem}` : null;
}
