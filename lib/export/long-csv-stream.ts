import Papa from 'papaparse';
import {
  type AnalysisSettings,
  analyzeSnapshot,
  familyKey,
  type SnapshotData,
} from '../analysis/analyze-snapshot';
import type { CaptureRecord, ChisoDatabase, ObservationRecord } from '../db/database';
import { listSnapshots } from '../db/snapshots';
import type { StoredSnapshot } from '../import/merge-imports';
import { parsePeriodKey, periodKey, previousPeriod, samePeriodLastYear } from '../model/period';
import { analysisColumns } from './analysis-columns';
import { BOM, CSV_PROFILES, type CsvProfile, formatCell } from './csv-profiles';
import { BASE_COLUMNS, compareSnapshots, type LongCsvRow, type SortedSnapshot } from './long-csv';
import { planImports, withImported } from './long-csv-imports';

/**
 * The long CSV as a stream of chunks, one per snapshot (#11): the same bytes as
 * `buildLongCsv` over the latest snapshots with `analyzeAll`, but never every row at once.
 * Each snapshot's rows are read from the database when its turn comes, written with
 * papaparse and let go; what a later row needs of an earlier period (the delta against the
 * period before and the same period a year before, the rank change) is kept as a slim copy
 * of the few periods a delta looks back to, dropped once no later period can need it.
 */

export interface LongCsvChunk {
  text: string;
  /** Data rows in the chunk (the header chunk has none). */
  rows: number;
}

type Slim = Pick<
  ObservationRecord,
  'id' | 'unitId' | 'group' | 'criterion' | 'score' | 'ratio' | 'denominator' | 'unitKind'
>;

/** What analysing a later period needs of this one: its compared values and its ranks. */
function slim(snapshot: SnapshotData): SnapshotData {
  const observations = snapshot.observations.map(
    (o): Slim => ({
      id: o.id,
      unitId: o.unitId,
      group: o.group,
      criterion: o.criterion,
      score: o.score,
      ratio: o.ratio,
      denominator: o.denominator,
      unitKind: o.unitKind,
    }),
  );
  return { capture: snapshot.capture, observations: observations as ObservationRecord[] };
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

/** Keeps the slim copies of past periods a later period of the same family and type needs. */
class LookBack {
  private readonly kept = new Map<string, SnapshotData>();
  private readonly order = new Map<string, { period: string; key: string }[]>();

  neighbours(capture: CaptureRecord): SnapshotData[] {
    const period = capture.periodKey ? parsePeriodKey(capture.periodKey) : null;
    if (!period) return [];
    const family = familyKey(capture);
    const keys = new Set([samePeriodLastYear(period), previousPeriod(period)].map(periodKey));
    return [...keys].flatMap((key) => this.kept.get(`${family}#${key}`) ?? []);
  }

  remember(snapshot: SnapshotData): void {
    const { capture } = snapshot;
    const period = capture.periodKey ? parsePeriodKey(capture.periodKey) : null;
    if (!period) return;
    const family = `${familyKey(capture)}#${period.type}`;
    const keys = this.order.get(family) ?? [];
    const oldest = periodKey(samePeriodLastYear(period));
    // Periods come oldest first: one older than a year before this one is needed no more.
    while ((keys[0]?.period ?? oldest) < oldest) {
      const gone = keys.shift();
      if (gone) this.kept.delete(gone.key);
    }
    const key = `${familyKey(capture)}#${capture.periodKey}`;
    keys.push({ period: capture.periodKey as string, key });
    this.order.set(family, keys);
    this.kept.set(key, slim(snapshot));
  }
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
      return {
        snapshot,
        rootCode: root?.unitCode ?? null,
        rootName: root?.unitName ?? '',
      };
    })
    .sort(compareSnapshots);

  const lookBack = new LookBack();
  for (const { snapshot, rootCode } of sorted) {
    const capture = snapshot.capture as CaptureRecord;
    const observations =
      capture.source === 'import'
        ? snapshot.observations
        : withImported(
            capture,
            await db.observations.where('captureId').equals(capture.id).toArray(),
            imports,
          );
    if (observations.length === 0) continue;
    const current: SnapshotData = { capture, observations };
    const analysis = analyzeSnapshot(current, [...lookBack.neighbours(capture), current], settings);
    const columns = [...BASE_COLUMNS, ...analysisColumns(analysis)];
    const data = observations.map((observation) => {
      const row: LongCsvRow = { capture, observation, rootCode };
      return columns.map((column) => formatCell(column.value(row), csv));
    });
    lookBack.remember(current);
    yield { text: `${Papa.unparse(data, options)}${csv.newline}`, rows: data.length };
  }
}
