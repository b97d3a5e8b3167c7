import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisSettings, SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ObservedCall } from '../../lib/capture/observed-call';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import type { GroupCode } from '../../lib/model/groups';
import type { UnitKind } from '../../lib/model/observation';
import { freshDatabase } from './fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from './observed';

/**
 * Phú Thọ's six groups for 08/2026 (real captures) and 07/2026 (the derived test fixture) in a
 * fresh database, plus an independent reading of the raw JSON for the tests to check against.
 */

export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
export const SETTINGS: AnalysisSettings = {
  profiles: [DEFAULT_PROFILE],
  bands: DEFAULT_RATING_BANDS,
};

const DERIVED_DIR = join('tests', 'fixtures', 'portal-2026-derived');
const REAL_DIR = join('tests', 'fixtures', 'portal-2026');

export const GROUP_FILES: Record<GroupCode, string> = {
  CKMB: 'transparency.json',
  TDGQ: 'dvc-progress-tree.json',
  CLGQ: 'provide-online-tree.json',
  TTTT: 'formality-online-payment-tree.json',
  MDHL: 'handling-satisfaction.json',
  MDSH: 'dossier-digitized.json',
};

interface DerivedCapture {
  file: string;
  url: string;
  requestBody: unknown;
  httpStatus: number;
  contentType: string;
  capturedAt: string;
}

/** The six derived July files as the tap would have observed them. */
export function observedDerivedJulyAll(): ObservedCall[] {
  const index = JSON.parse(readFileSync(join(DERIVED_DIR, 'captures.json'), 'utf8')) as {
    captures: DerivedCapture[];
  };
  return index.captures.map((c) => ({
    url: c.url,
    method: 'POST',
    requestBody: JSON.stringify(c.requestBody),
    status: c.httpStatus,
    contentType: c.contentType,
    responseText: readFileSync(join(DERIVED_DIR, c.file), 'utf8'),
    observedAt: c.capturedAt,
  }));
}

/** A fresh database holding July (derived) and August (real) 2026 for Phú Thọ, six groups each. */
export async function twoMonthSnapshots(name: string): Promise<SnapshotData[]> {
  const db = freshDatabase(name);
  for (const call of observedDerivedJulyAll()) await ingestObservedCall(db, call, PORTAL_PAGE);
  for (const file of PHU_THO_FILES)
    await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
  return latestSnapshotsWithObservations(db);
}

export interface RawMetric {
  code: string;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
}
export interface RawRow {
  [field: string]: unknown;
  departmentId: string;
  departmentName: string;
  departmentCode?: string | null;
  departmentType?: string;
  level?: string;
  totalScore?: number | null;
  score?: number | null;
  metrics?: RawMetric[];
}

export interface RawUnit {
  id: string;
  name: string;
  kind: UnitKind;
  groups: Partial<Record<GroupCode, number | null>>;
  metrics: Map<string, RawMetric>;
  /** The unit's row in each group's response, as the portal wrote it. */
  rows: Partial<Record<GroupCode, RawRow>>;
}

/** The children of one month straight from the fixture JSON, without the extension's parser. */
export function rawChildren(month: '2026-07' | '2026-08'): Map<string, RawUnit> {
  const dir =
    month === '2026-07' ? join(DERIVED_DIR, 'phu-tho-2026-07') : join(REAL_DIR, 'phu-tho-2026-08');
  const units = new Map<string, RawUnit>();
  for (const [group, file] of Object.entries(GROUP_FILES) as [GroupCode, string][]) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')).data as {
      evaluation?: RawRow[];
      children?: RawRow[];
    };
    for (const row of data.evaluation ?? data.children ?? []) {
      const kind: UnitKind =
        row.departmentType === 'COMMUNE_PEOPLE_COMMITTEE' || row.level === 'COMMUNE'
          ? 'COMMUNE'
          : 'AGENCY';
      const unit = units.get(row.departmentId) ?? {
        id: row.departmentId,
        name: row.departmentName.normalize('NFC'),
        kind,
        groups: {},
        metrics: new Map<string, RawMetric>(),
        rows: {},
      };
      unit.groups[group] = row.totalScore ?? row.score ?? null;
      unit.rows[group] = row;
      for (const m of row.metrics ?? []) unit.metrics.set(m.code, m);
      units.set(row.departmentId, unit);
    }
  }
  return units;
}

/** Sum of the six groups to two decimals, or null when one is missing. */
export function rawTotal(unit: RawUnit): number | null {
  let sum = 0;
  for (const file of Object.keys(GROUP_FILES) as GroupCode[]) {
    const score = unit.groups[file];
    if (score === null || score === undefined) return null;
    sum += score;
  }
  return Math.round(sum * 100) / 100;
}

/** Competition rank by counting strictly better values: independent of lib/analysis/ranks. */
export function countRank(values: readonly (number | null)[], mine: number | null): number | null {
  if (mine === null) return null;
  return 1 + values.filter((v) => v !== null && v > mine + 1e-9).length;
}
