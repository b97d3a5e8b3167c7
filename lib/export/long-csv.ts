import Papa from 'papaparse';
import type { CaptureRecord, ObservationRecord } from '../db/database';
import { round2 } from '../format/round';
import { toVietnamIso } from '../format/vietnamese';
import { NATION_UNIT_ID } from '../model/observation';
import { vietnamDate } from '../model/period';
import { BOM, CSV_PROFILES, type CsvProfile, formatCell } from './csv-profiles';

export type { CsvProfile } from './csv-profiles';

/** One snapshot to export: the capture's context and every observation it holds. */
export interface LongCsvSnapshot {
  capture: Pick<
    CaptureRecord,
    'endpoint' | 'periodKey' | 'periodClosed' | 'scope' | 'rootUnitId' | 'observedAt' | 'source'
  >;
  /** All observations of that capture, root first, in the order they were stored. */
  observations: ObservationRecord[];
}

/** What a column sees of the row it fills. */
export interface LongCsvRow {
  capture: LongCsvSnapshot['capture'];
  observation: ObservationRecord;
  /** Code of the snapshot's root unit; null for the nation and where the portal gives none. */
  rootCode: string | null;
}

/**
 * A cell before formatting. Pass numbers as numbers: a string is text and is neutralised
 * against formulas, so a preformatted `-0.18` would come out as `'-0.18`.
 */
export type LongCsvCell = string | number | null;

export interface LongCsvColumn {
  name: string;
  value: (row: LongCsvRow) => LongCsvCell;
}

export interface LongCsvOptions {
  /** Written after the base columns, in this order (targets, gaps, deltas, …). */
  extraColumns?: readonly LongCsvColumn[];
}

/** The base columns, in file order; later columns are only ever appended. */
export const LONG_CSV_COLUMNS = [
  'period',
  'period_closed',
  'scope',
  'root_code',
  'unit_id',
  'unit_code',
  'unit_name',
  'unit_kind',
  'group',
  'criterion',
  'derived',
  'score',
  'max_score',
  'numerator',
  'denominator',
  'ratio',
  'flags',
  'captured_at',
  'portal',
] as const;

export type LongCsvColumnName = (typeof LONG_CSV_COLUMNS)[number];

/** Which portal generation the numbers come from, should a later portal change its scale. */
export const PORTAL = '2026-api';

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

// Every row of a snapshot shares its capture time: format it once, not per row (#11).
let lastInstant = '';
let lastIso = '';
export function capturedAt(instant: string): string {
  if (instant !== lastInstant) {
    lastIso = toVietnamIso(instant);
    lastInstant = instant;
  }
  return lastIso;
}

// A Record, so that adding a name to LONG_CSV_COLUMNS without its value does not compile.
const BASE_VALUES: Readonly<Record<LongCsvColumnName, LongCsvColumn['value']>> = {
  period: ({ capture }) => capture.periodKey,
  period_closed: ({ capture }) => flag(capture.periodClosed),
  scope: ({ capture }) => capture.scope,
  root_code: ({ rootCode }) => rootCode,
  unit_id: ({ observation }) => observation.unitId,
  unit_code: ({ observation }) => observation.unitCode,
  unit_name: ({ observation }) => observation.unitName,
  unit_kind: ({ observation }) => observation.unitKind,
  group: ({ observation }) => observation.group,
  criterion: ({ observation }) => observation.criterion,
  derived: ({ observation }) => flag(observation.derived),
  score: ({ observation }) => observation.score,
  max_score: ({ observation }) => observation.maxScore,
  numerator: ({ observation }) => observation.numerator,
  denominator: ({ observation }) => observation.denominator,
  // Ratios we derive are rounded as the portal rounds its own (two decimals); the portal's
  // ratios are written as it published them.
  ratio: ({ observation }) => (observation.derived ? round2(observation.ratio) : observation.ratio),
  flags: ({ observation }) => (observation.flags.length ? observation.flags.join('|') : null),
  captured_at: ({ capture, observation }) =>
    capturedAt(observation.imported?.observedAt ?? capture.observedAt),
  // An imported value says so, whether it forms a snapshot of its own or completes a capture.
  portal: ({ capture, observation }) =>
    observation.source === 'import' || capture.source === 'import' ? 'import' : PORTAL,
};

export const BASE_COLUMNS: readonly LongCsvColumn[] = LONG_CSV_COLUMNS.map((name) => ({
  name,
  value: BASE_VALUES[name],
}));

export interface SortedSnapshot {
  snapshot: LongCsvSnapshot;
  rootCode: string | null;
  rootName: string;
}

function withRoot(snapshot: LongCsvSnapshot): SortedSnapshot {
  const { rootUnitId } = snapshot.capture;
  const root = snapshot.observations.find((o) => o.unitId === rootUnitId);
  return { snapshot, rootCode: root?.unitCode ?? null, rootName: root?.unitName ?? '' };
}

// Code-unit order, not locale order: the same file on every machine.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Roots compare by code (H20 before H44), then name; the nation, which has neither a code
// nor an alphabetical place, comes first.
export function compareSnapshots(a: SortedSnapshot, b: SortedSnapshot): number {
  const ca = a.snapshot.capture;
  const cb = b.snapshot.capture;
  const nationFirst = (c: LongCsvSnapshot['capture']) => (c.rootUnitId === NATION_UNIT_ID ? 0 : 1);
  return (
    // A snapshot without a period (the procedure catalogue) goes last.
    compareText(ca.periodKey ?? '\uFFFF', cb.periodKey ?? '\uFFFF') ||
    compareText(ca.endpoint, cb.endpoint) ||
    nationFirst(ca) - nationFirst(cb) ||
    compareText(a.rootCode ?? '', b.rootCode ?? '') ||
    compareText(a.rootName, b.rootName) ||
    compareText(ca.rootUnitId ?? '', cb.rootUnitId ?? '') ||
    compareText(ca.scope ?? '', cb.scope ?? '') ||
    compareText(ca.observedAt, cb.observedAt)
  );
}

/**
 * The "long" CSV: one row per observation of every snapshot given, snapshots ordered by
 * period, endpoint and root unit, observations in their stored order. Returns the whole
 * file text (BOM included for `excel-vn`); the caller turns it into a download.
 */
export function buildLongCsv(
  snapshots: readonly LongCsvSnapshot[],
  profile: CsvProfile,
  options: LongCsvOptions = {},
): string {
  const settings = CSV_PROFILES[profile];
  const columns = [...BASE_COLUMNS, ...(options.extraColumns ?? [])];
  const data: string[][] = [];
  for (const { snapshot, rootCode } of snapshots.map(withRoot).sort(compareSnapshots)) {
    for (const observation of snapshot.observations) {
      const row: LongCsvRow = { capture: snapshot.capture, observation, rootCode };
      data.push(columns.map((column) => formatCell(column.value(row), settings)));
    }
  }
  const body = Papa.unparse(
    { fields: columns.map((column) => formatCell(column.name, settings)), data },
    {
      delimiter: settings.delimiter,
      newline: settings.newline,
      // Every cell is already a string, text neutralised by formatCell; papaparse's own
      // escaping would also prefix the negative numbers of the excel-vn profile.
      escapeFormulae: false,
    },
  );
  // A final line ending, so that each record, the last too, ends the same way.
  return `${settings.bom ? BOM : ''}${body}${settings.newline}`;
}

/** `chiso766-long-2026-11-22.csv`, dated in Vietnam time whatever the machine's zone. */
export function longCsvFileName(profile: CsvProfile, now: Date): string {
  const suffix = profile === 'excel-vn' ? '-excel' : '';
  return `chiso766-long${suffix}-${vietnamDate(now)}.csv`;
}

/**
 * Reads a long CSV of either profile back into rows keyed by column name, cells as written
 * (decimal commas and the `'` before neutralised text are kept). The separator is read from
 * the header, which holds no other punctuation, so a file whose BOM an editor dropped still
 * parses. Throws on a malformed file rather than returning shifted columns.
 */
export function parseLongCsv(text: string): Record<string, string>[] {
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  const error = result.errors[0];
  if (error) {
    const where = error.row === undefined ? '' : ` (dòng dữ liệu ${error.row + 1})`;
    throw new Error(`Tệp CSV không đọc được${where}: ${error.message}`);
  }
  return result.data;
}
