import {
  type AnalysisSettings,
  analyzeSnapshot,
  type SnapshotData,
} from '../analysis/analyze-snapshot';
import { buildViewAnnotations } from '../analysis/view-annotations';
import type { ViewAnnotations } from '../annotator/annotations';
import { type IngestOutcome, ingestObservedCall } from '../capture/ingest';
import type { ChisoDatabase } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';
import { familyOrder, neighboursOf, snapshotWithNeighbours } from '../db/snapshot-neighbours';
import { requestedSnapshot } from '../portal';
import type { ReplyMap } from '../protocol/replies';
import type { CaptureObserved } from '../protocol/requests';
import type { ToTabMessage } from '../protocol/to-tab';

function annotate(
  current: SnapshotData,
  family: SnapshotData[],
  settings: AnalysisSettings,
): ViewAnnotations {
  return buildViewAnnotations(current, analyzeSnapshot(current, family, settings));
}

/** The badges of one stored snapshot: its latest revision against its neighbours. */
export async function annotationsOfSnapshot(
  db: ChisoDatabase,
  key: string,
  settings: AnalysisSettings,
): Promise<ViewAnnotations | null> {
  const found = await snapshotWithNeighbours(db, key);
  return found ? annotate(found.current, found.family, settings) : null;
}

export interface CaptureObservedDeps {
  db: ChisoDatabase;
  now: () => Date;
  settings: () => Promise<AnalysisSettings>;
  /** Told once the capture is stored; resolves when the tab's view is noted. */
  onStored?: (outcome: IngestOutcome, tabId: number | null, pageUrl: string) => unknown;
  /** The annotations of the view the tab now shows (as `annotations:current` answers). */
  currentAnnotations(tabId: number): Promise<ViewAnnotations | null>;
  toTab?: (tabId: number, message: ToTabMessage) => Promise<unknown>;
}

/**
 * Stores what a portal tab saw and tells the tab what its badges say. A new answer's badges
 * are worked out from the answer itself and its two neighbours while the write commits, and
 * sent ahead; otherwise (a duplicate, a refused answer, a tab that could not be reached) the
 * reply carries them, read from what is stored once the tab's view is noted.
 */
export async function captureObserved(
  request: CaptureObserved,
  deps: CaptureObservedDeps,
  tabId: number | null,
): Promise<ReplyMap['capture:observed']> {
  const { ticket, call } = request;
  const toTab = deps.toTab;
  const ahead = tabId !== null && ticket !== undefined && toTab;
  // What the badges compare with is read while the answer is hashed and parsed.
  const requested = ahead
    ? requestedSnapshot(call.url, call.requestBody, new Date(call.observedAt))
    : null;
  const early = requested ? neighboursOf(deps.db, requested).catch(() => null) : null;
  let sentAhead: Promise<boolean> = Promise.resolve(false);
  const beforeWrite = ahead
    ? async (preview: SnapshotData) => {
        const settings = deps.settings();
        const asked = requested && snapshotKey(requested) === preview.capture.snapshotKey;
        const neighbours =
          (asked ? await early : null) ?? (await neighboursOf(deps.db, preview.capture));
        sentAhead = (async () => {
          const family = familyOrder([...neighbours, preview]);
          const annotations = annotate(preview, family, await settings);
          await toTab(tabId, { type: 'event:annotations', ticket, annotations });
          return true;
        })().catch(() => false);
      }
    : undefined;
  const outcome = await ingestObservedCall(deps.db, call, request.pageUrl, deps.now, {
    ...(beforeWrite ? { beforeWrite } : {}),
  });
  await deps.onStored?.(outcome, tabId, request.pageUrl);
  if (tabId === null || (await sentAhead)) return outcome;
  return { ...outcome, annotations: await deps.currentAnnotations(tabId) };
}
