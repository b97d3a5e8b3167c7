import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ObservedCall } from '../../lib/capture/observed-call';
import type { ChisoDatabase } from '../../lib/db/database';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { buildReport } from '../../lib/report/build-report';
import type { ReportModel } from '../../lib/report/report-model';
import { FIXTURES_DIR } from './fixtures';
import { freshDatabase } from './fresh-db';
import { observedFixture, PHU_THO_FILES, PORTAL_PAGE } from './observed';

/**
 * Real fixtures for the report tests, loaded the way the extension stores them, plus raw
 * readers so tests compute their expectations from the JSON files themselves.
 */

export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
export const GIA_LAI = '019d2be3-6a85-74ec-a346-6489e82ae4c7';
export const GROUP_FILES = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
] as const;
export type GroupFile = (typeof GROUP_FILES)[number];

/** The built-in targets and rating bands the report tests judge by. */
export const REPORT_SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
/** When the report tests build: after 08/2026 closed, so August is final. */
export const REPORT_NOW = new Date('2026-10-05T02:00:00Z');

/** The 08/2026 report of `unitId`, built at REPORT_NOW with REPORT_SETTINGS. */
export function augustReport(snapshots: SnapshotData[], unitId: string): ReportModel {
  return buildReport({
    snapshots,
    unitId,
    period: '2026-08',
    settings: REPORT_SETTINGS,
    now: REPORT_NOW,
  });
}

const DERIVED_DIR = join(FIXTURES_DIR, '..', 'portal-2026-derived');

interface DerivedCapture {
  file: string;
  url: string;
  requestBody: unknown;
  httpStatus: number;
  contentType: string;
  capturedAt: string;
}

/** A derived July fixture as the tap would have observed it. */
export function observedDerived(file: string): ObservedCall {
  const index = JSON.parse(readFileSync(join(DERIVED_DIR, 'captures.json'), 'utf8')) as {
    captures: DerivedCapture[];
  };
  const capture = index.captures.find((c) => c.file === file);
  if (!capture) throw new Error(`no derived fixture ${file}`);
  return {
    url: capture.url,
    method: 'POST',
    requestBody: JSON.stringify(capture.requestBody),
    status: capture.httpStatus,
    contentType: capture.contentType,
    responseText: readFileSync(join(DERIVED_DIR, file), 'utf8'),
    observedAt: new Date(capture.capturedAt).toISOString(),
  };
}

export interface LoadOptions {
  /** August group files to store (all six by default). */
  august?: readonly GroupFile[];
  july?: boolean;
  national?: boolean;
  giaLai?: boolean;
  /** Renames a unit in every stored response, to feed hostile names through the real path. */
  rename?: { from: string; to: string };
  /** Pretends the August files were captured at this instant (e.g. while August was open). */
  augustObservedAt?: string;
}

function renamed(call: ObservedCall, rename: LoadOptions['rename']): ObservedCall {
  if (!rename) return call;
  const to = JSON.stringify(rename.to).slice(1, -1);
  return { ...call, responseText: call.responseText.split(rename.from).join(to) };
}

export async function loadSnapshots(name: string, options: LoadOptions = {}) {
  const db: ChisoDatabase = freshDatabase(name);
  const august = options.august ?? GROUP_FILES;
  for (const file of PHU_THO_FILES) {
    const group = file.replace(/^phu-tho-2026-08\//, '').replace(/\.json$/, '');
    if (!august.includes(group as GroupFile)) continue;
    const at = options.augustObservedAt;
    const call = observedFixture(file, at ? { observedAt: at } : {});
    await ingestObservedCall(db, renamed(call, options.rename), PORTAL_PAGE);
  }
  if (options.july ?? true) {
    for (const group of GROUP_FILES) {
      const call = observedDerived(`phu-tho-2026-07/${group}.json`);
      await ingestObservedCall(db, renamed(call, options.rename), PORTAL_PAGE);
    }
  }
  if (options.national) {
    await ingestObservedCall(
      db,
      observedFixture('national-2026/service-results.json'),
      PORTAL_PAGE,
    );
  }
  if (options.giaLai) {
    await ingestObservedCall(
      db,
      observedFixture('gia-lai-2026-02/service-results.json'),
      PORTAL_PAGE,
    );
  }
  const snapshots: SnapshotData[] = await latestSnapshotsWithObservations(db);
  return { db, snapshots };
}

/** The `data` object of a fixture file, untouched. */
// biome-ignore lint/suspicious/noExplicitAny: raw portal JSON, read field by field in tests
export function rawData(path: string): any {
  const full = path.startsWith('phu-tho-2026-07/')
    ? join(DERIVED_DIR, path)
    : join(FIXTURES_DIR, path);
  return JSON.parse(readFileSync(full, 'utf8')).data;
}
