import type { AnalysisSettings } from '../analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../analysis/ratings';
import { buildScorecard } from '../analysis/scorecard';
import { DEFAULT_PROFILE } from '../analysis/targets';
import type { CaptureAllController } from '../capture/capture-all-controller';
import type { IngestOutcome } from '../capture/ingest';
import { renormalizeCaptures } from '../capture/renormalize';
import { peerRanking } from '../compare/peer-ranking';
import { storedPeriodKeys } from '../compare/period-data';
import { unitsByCriteria } from '../compare/units-by-criteria';
import { unitsByPeriods } from '../compare/units-by-periods';
import { listCaptures, rawPayload, summarizeCaptures } from '../db/captures';
import type { ChisoDatabase } from '../db/database';
import { listFlaggedCaptures } from '../db/flagged-captures';
import { latestSnapshotsWithObservations, summarizeSnapshots } from '../db/snapshots';
import { unitSnapshots } from '../db/unit-snapshots';
import { longCsvFileName } from '../export/long-csv';
import { longCsvChunks } from '../export/long-csv-stream';
import { rankingWorkbookData } from '../export/ranking-workbook-data';
import { NATION_UNIT_ID } from '../model/observation';
import { parsePeriodKey } from '../model/period';
import { ChisoError, errorReply } from '../protocol/errors';
import type { AnyReply, ReplyMap } from '../protocol/replies';
import { type Request, requestSchema } from '../protocol/requests';
import type { SenderKind } from '../protocol/sender-policy';
import type { ToTabMessage } from '../protocol/to-tab';
import { buildReport } from '../report/build-report';
import { trendOverlay } from '../trend/trend-overlay';
import { unitSpread } from '../trend/unit-spread';
import { measureOf, unitTrend } from '../trend/unit-trend';
import type { TabView } from '../views/tab-view';
import { ALLOWED } from './allowed-senders';
import { dispatchBackup, isBackupRequest } from './backup-requests';
import { annotationsOfSnapshot, captureObserved } from './capture-observed';
import { applyImport, listImportBatches, previewImport } from './import-requests';

export interface HandlerDeps {
  db: ChisoDatabase;
  now?: () => Date;
  /** Told after a capture was stored, with the tab it came from when known. */
  onStored?: (outcome: IngestOutcome, tabId: number | null, pageUrl: string) => unknown;
  /** Sends a message to a portal tab (the badges' annotations, ahead of a capture's reply). */
  toTab?: (tabId: number, message: ToTabMessage) => Promise<unknown>;
  controller?: CaptureAllController;
  /** Told after an import wrote values, so open pages load again. */
  onImported?: () => void;
  /** The official's target profiles and rating bands (from extension storage). */
  loadSettings?: () => Promise<AnalysisSettings>;
  /** Which view each portal tab shows (lib/views): its snapshot, and the one panels follow. */
  views?: {
    of(tabId: number): Promise<Pick<TabView, 'snapshotKey'> | null>;
    last(): Promise<Pick<TabView, 'rootUnitId'> | null>;
  };
  /** The extension's version, written into backups. */
  appVersion?: string;
  /** Told after a restore or a delete changed what is stored. */
  onDataChanged?: () => void;
}

const DEFAULT_SETTINGS: AnalysisSettings = {
  profiles: [DEFAULT_PROFILE],
  bands: DEFAULT_RATING_BANDS,
};

/**
 * The background's one entry point for messages. Validates at the boundary and never
 * throws: every failure becomes `{ ok: false, error }` with a message a person can read.
 */
export async function handleRequest(
  raw: unknown,
  senderKind: SenderKind | null,
  deps: HandlerDeps,
  senderTabId: number | null = null,
): Promise<AnyReply> {
  if (senderKind === null) return errorReply(new ChisoError('errSenderNotAllowed'));
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'message';
    return errorReply(new ChisoError('errBadRequest', { where, detail: issue?.message ?? '?' }));
  }
  const request = parsed.data;
  if (!ALLOWED[request.type].includes(senderKind)) {
    return errorReply(new ChisoError('errRequestNotAllowed', { type: request.type }));
  }
  try {
    return { ok: true, value: await dispatch(request, deps, senderTabId) };
  } catch (error) {
    return errorReply(error);
  }
}

const settingsOf = async (deps: HandlerDeps) => (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;

async function annotationsOf(deps: HandlerDeps, snapshotKey: string) {
  return annotationsOfSnapshot(deps.db, snapshotKey, await settingsOf(deps));
}

async function currentAnnotations(deps: HandlerDeps, tabId: number) {
  const key = (await deps.views?.of(tabId))?.snapshotKey;
  return key ? annotationsOf(deps, key) : null;
}

async function dispatch(
  request: Request,
  deps: HandlerDeps,
  senderTabId: number | null,
): Promise<ReplyMap[Request['type']]> {
  const now = deps.now ?? (() => new Date());
  if (isBackupRequest(request)) return dispatchBackup(request, { ...deps, now });
  switch (request.type) {
    case 'capture:observed':
      return captureObserved(
        request,
        {
          ...deps,
          now,
          settings: () => settingsOf(deps),
          currentAnnotations: (tabId) => currentAnnotations(deps, tabId),
        },
        senderTabId,
      );
    case 'captures:summary':
      return summarizeCaptures(deps.db);
    case 'captures:list':
      return listCaptures(deps.db, request.limit);
    case 'captures:raw':
      return { id: request.id, responseText: await rawPayload(deps.db, request.id) };
    case 'captures:flagged':
      return listFlaggedCaptures(deps.db, request.limit);
    case 'captures:renormalize':
      return renormalizeCaptures(deps.db, { all: true });
    case 'snapshots:list':
      return summarizeSnapshots(deps.db);
    case 'view:status':
      if (!deps.controller) throw new ChisoError('errCaptureAllUnavailable');
      return deps.controller.status();
    case 'capture-all:start':
      if (!deps.controller) throw new ChisoError('errCaptureAllUnavailable');
      return deps.controller.start();
    case 'analysis:view': {
      const snapshots = await summarizeSnapshots(deps.db);
      const summary = request.snapshotKey
        ? snapshots.find((s) => s.key === request.snapshotKey)
        : snapshots[0];
      if (!summary) return null;
      const annotations = await annotationsOf(deps, summary.key);
      return annotations ? { snapshot: summary, annotations } : null;
    }
    case 'annotations:current':
      return senderTabId === null ? null : currentAnnotations(deps, senderTabId);
    case 'scorecard': {
      const rootUnitId = request.rootUnitId ?? (await deps.views?.last())?.rootUnitId;
      if (!rootUnitId) return null;
      // With the nation's: a province ranks among the provinces by a national summary (#12).
      const snapshots = await latestSnapshotsWithObservations(deps.db, [
        rootUnitId,
        NATION_UNIT_ID,
      ]);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      return buildScorecard(
        snapshots,
        {
          rootUnitId,
          ...(request.periodKey ? { periodKey: request.periodKey } : {}),
          ...(request.unitId ? { unitId: request.unitId } : {}),
        },
        settings,
      );
    }
    case 'export:long-csv': {
      // The dashboard streams the file over a port (long-csv-port.ts); this whole-text reply
      // is the same bytes, for callers that want it in one piece.
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      const parts: string[] = [];
      for await (const chunk of longCsvChunks(deps.db, request.profile, settings)) {
        parts.push(chunk.text);
      }
      return { fileName: longCsvFileName(request.profile, now()), text: parts.join('') };
    }
    case 'report:build': {
      const snapshots = await latestSnapshotsWithObservations(deps.db);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      const report = buildReport({
        snapshots,
        unitId: request.unitId,
        period: request.periodKey,
        settings,
        now: now(),
      });
      return report.hasData ? report : null;
    }
    case 'compare:peer': {
      const snapshots = await latestSnapshotsWithObservations(deps.db, request.rootUnitId);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      return peerRanking(snapshots, settings, {
        rootUnitId: request.rootUnitId,
        periodKey: request.periodKey,
        kind: request.kind,
      });
    }
    case 'compare:workbook': {
      const snapshots = await latestSnapshotsWithObservations(deps.db, request.rootUnitId);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      const data = rankingWorkbookData(
        snapshots,
        settings,
        {
          rootUnitId: request.rootUnitId,
          periodKey: request.periodKey,
          kind: request.kind,
          highlightUnitId: request.highlightUnitId,
        },
        now(),
      );
      return data ? { ...data, generatedAt: data.generatedAt.toISOString() } : null;
    }
    case 'compare:periods': {
      const snapshots = await latestSnapshotsWithObservations(deps.db, request.rootUnitId);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      const to = parsePeriodKey(request.periodKey);
      if (!to) return null;
      return unitsByPeriods(snapshots, settings, {
        rootUnitId: request.rootUnitId,
        measure: measureOf(request.criterion ?? null),
        periodType: to.type,
        to: request.periodKey,
        from: storedPeriodKeys(snapshots, request.rootUnitId, to.type).find(
          (k) => k <= request.periodKey,
        ),
        includeRoot: true,
      });
    }
    case 'compare:criteria': {
      const snapshots = await latestSnapshotsWithObservations(deps.db, request.rootUnitId);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      return unitsByCriteria(snapshots, settings, {
        rootUnitId: request.rootUnitId,
        periodKey: request.periodKey,
        withTargetOnly: request.withTargetOnly,
        includeRoot: true,
      });
    }
    case 'trend:unit': {
      // Only the unit's own rows (#11): a trend reads a few thousand rows, not every one.
      const snapshots = await unitSnapshots(deps.db, request.unitId);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      return unitTrend(snapshots, settings, request.unitId, request.criterion ?? null);
    }
    case 'trend:units': {
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      const ids = [...new Set(request.unitIds)];
      const each = await Promise.all(ids.map((id) => unitSnapshots(deps.db, id)));
      const trends = ids.flatMap(
        (id, i) => unitTrend(each[i] ?? [], settings, id, request.criterion ?? null) ?? [],
      );
      return trendOverlay(trends);
    }
    case 'trend:spread': {
      const snapshots = await latestSnapshotsWithObservations(deps.db);
      const settings = (await deps.loadSettings?.()) ?? DEFAULT_SETTINGS;
      return unitSpread(
        snapshots,
        settings,
        request.unitId,
        request.criterion ?? null,
        request.periodKey ?? null,
      );
    }
    case 'import:preview':
      return previewImport(deps.db, request, now());
    case 'import:apply': {
      const applied = await applyImport(deps.db, request, now());
      if (applied.added > 0) deps.onImported?.();
      return applied;
    }
    case 'import:batches':
      return listImportBatches(deps.db);
  }
}
