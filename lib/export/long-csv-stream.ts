import Papa from 'papaparse';
import type { AnalysisSettings } from '../analysis/analyze-snapshot';
import type { CaptureRecord, ChisoDatabase, ObservationRecord } from '../db/database';
import { listSnapshots } from '../db/snapshots';
import type { StoredSnapshot } from '../import/merge-imports';
import { analysisColumns } from './analysis-columns';
import { cellWriter } from './csv-cells';
import { BOM, CSV_PROFILES, type CsvProfile, formatCell } from './csv-profiles';
import { BASE_COLUMNS, compareSnapshots, type SortedSnapshot } from './long-csv';
import { LongCsvAnalysis } from './long-csv-analysis';
import { type ImportPlan, planImports, withImported } from './long-csv-imports';
import { snapshotLines } from './long-csv-lines';

/**
 * The long CSV as a stream of chunks, one per snapshot (#11): the same bytes as
 * `buildLongCsv` over the latest snapshots with `analyzeAll`, but never every row at once.
 * Each snapshot's rows are read from the database when its turn comes (the next one is read
 * while this one is written), written line by line (long-csv-lines.ts) and let go; what a
 * later row needs of an earlier period (the delta against the period before and the same
 * period a year before, the rank change) is kept of the few periods a delta looks back to,
 * dropped once no later period can need it (long-csv-analysis.ts).
 */

export interface LongCsvChunk {
  text: string;
  /** Data rows in the chunk (the header chunk has none). */
  rows: number;
}

/** The first stored row of each capture's own root: its code and name order the file. */
async function rootRows(
  db: ChisoDatabase,
  captures: readonly CaptureRecord[],
): Promise<Map<number, ObservationRecord>> {
  const byId = new Map(captures.map((c) => [c.id, c]));
  const roots = [...new Set(captures.flatMap((c) => (c.rootUnitId ? [c.rootUnitId] : [])))];
  const out = new Map<number, ObservationRecord>();
  await db.observations
    .where('unitId')
    .anyOf(roots)
    .each((o) => {
      if (byId.get(o.captureId)?.rootUnitId !== o.unitId) return;
      const seen = out.get(o.captureId);
      if (!seen || seen.id > o.id) out.set(o.captureId, o);
    });
  return out;
}

/**
 * What a header of the file order keeps of its capture: what the rows, their analysis and the
 * imports read. A whole header (request, URLs, warnings) held for every snapshot until the
 * end would make the export's memory grow with the number of snapshots.
 */
const headerOf = (c: CaptureRecord): CaptureRecord =>
  ({
    id: c.id,
    endpoint: c.endpoint,
    snapshotKey: c.snapshotKey,
    periodKey: c.periodKey,
    periodType: c.periodType,
    periodClosed: c.periodClosed,
    rootUnitId: c.rootUnitId,
    scope: c.scope,
    observedAt: c.observedAt,
    subject: c.subject,
    source: c.source,
  }) as CaptureRecord;

/** Every snapshot in file order (rows not read yet), and the imported values to place. */
async function fileOrder(
  db: ChisoDatabase,
): Promise<{ sorted: SortedSnapshot[]; imports: ImportPlan | null }> {
  const captures = (await listSnapshots(db)).map((head) => head.latest);
  const roots = await rootRows(db, captures);
  const imports = await planImports(db, captures);
  const rootOf = ({ capture, observations }: StoredSnapshot) =>
    capture.source === 'import'
      ? observations.find((o) => o.unitId === capture.rootUnitId)
      : roots.get(capture.id);
  const sorted = [
    ...captures.map((capture): StoredSnapshot => ({ capture, observations: [] })),
    ...(imports?.own ?? []),
  ]
    .map((snapshot): SortedSnapshot => {
      const root = rootOf(snapshot);
      const { capture, observations } = snapshot;
      return {
        snapshot:
          capture.source === 'import' ? snapshot : { capture: headerOf(capture), observations },
        rootCode: root?.unitCode ?? null,
        rootName: root?.unitName ?? '',
      };
    })
    .sort(compareSnapshots);
  return { sorted, imports };
}

export async function* longCsvChunks(
  db: ChisoDatabase,
  profile: CsvProfile,
  settings: AnalysisSettings,
): AsyncGenerator<LongCsvChunk> {
  const csv = CSV_PROFILES[profile];
  const options = { delimiter: csv.delimiter, newline: csv.newline, escapeFormulae: false };
  const names = [...BASE_COLUMNS, ...analysisColumns(new Map())].map((c) => c.name);
  const fields = names.map((name) => formatCell(name, csv));
  yield {
    text: `${csv.bom ? BOM : ''}${Papa.unparse([fields], options)}${csv.newline}`,
    rows: 0,
  };

  const { sorted, imports } = await fileOrder(db);

  const cells = cellWriter(csv);
  const analysis = new LongCsvAnalysis(settings, cells);
  const read = (at: number): Promise<ObservationRecord[]> | null => {
    const capture = sorted[at]?.snapshot.capture as CaptureRecord | undefined;
    if (!capture || capture.source === 'import') return null;
    const reading = db.observations.where('captureId').equals(capture.id).toArray();
    // Read ahead: a consumer that stops early leaves this one unawaited.
    reading.catch(() => undefined);
    return reading;
  };
  let next = read(0);
  for (const [i, { snapshot, rootCode }] of sorted.entries()) {
    const capture = snapshot.capture as CaptureRecord;
    const own = next ? await next : snapshot.observations;
    // The database reads the next snapshot's rows while this one is written.
    next = read(i + 1);
    const observations = capture.source === 'import' ? own : withImported(capture, own, imports);
    if (observations.length === 0) continue;
    const tails = analysis.tails({ capture, observations });
    const text = snapshotLines(capture, observations, rootCode, tails, cells);
    yield { text, rows: observations.length };
  }
}
