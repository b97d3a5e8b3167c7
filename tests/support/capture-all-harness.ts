import type { CaptureAllProgress, FetchedResponse } from '../../lib/capture/capture-all';
import {
  CaptureAllController,
  type ControllerDeps,
} from '../../lib/capture/capture-all-controller';
import { ingestObservedCall } from '../../lib/capture/ingest';
import { reportingUrl } from '../../lib/portal/site';
import type { TabView } from '../../lib/views/tab-view';
import { TabViews } from '../../lib/views/tab-views';
import { composedPhuThoSummary } from './composed-fixture';
import { freshDatabase } from './fresh-db';
import { observedFixture, PORTAL_PAGE } from './observed';

export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

/** Phú Thọ's 08/2026 "Mức độ hài lòng" page as the tab's tap saw it: where a run starts from. */
export const PHU_THO_VIEW: TabView = {
  tabId: 7,
  pageUrl: PORTAL_PAGE,
  seenAt: '2026-09-26T18:14:39.135Z',
  rootUnitId: PHU_THO,
  rootName: 'UBND tỉnh Phú Thọ',
  period: { type: 'month', year: 2026, number: 8 },
  periodKey: '2026-08',
  scope: 'all',
  subject: 'MDHL',
  snapshotKey: `evaluation/handling-satisfaction|${PHU_THO}|2026-08|all`,
};

/** What the real portal answered for Phú Thọ 08/2026; the summary is the composed one. */
function fixtureAnswer(endpoint: string): FetchedResponse {
  if (endpoint.endsWith('/service-results')) {
    const responseText = composedPhuThoSummary();
    const observedAt = '2026-09-02T03:00:00.000Z';
    return { status: 201, contentType: 'application/json', responseText, observedAt };
  }
  const file = `phu-tho-2026-08/${endpoint.split('/').at(-1)}.json`;
  const { status, contentType, responseText, observedAt } = observedFixture(file);
  return { status, contentType, responseText, observedAt };
}

/**
 * A CaptureAllController on a fresh database with the worker's other ports played here: the
 * tab answers with `answer` (the real answers by default) once `release()` is called, so a test
 * can look at a run while it is going on; answers are stored as the worker stores them unless
 * `ingest` says otherwise. What was fetched and broadcast is kept for the test.
 */
export function captureAllHarness(
  options: {
    answer?: (endpoint: string) => FetchedResponse;
    ingest?: ControllerDeps['ingest'];
    runs?: ControllerDeps['runs'];
  } = {},
) {
  const db = freshDatabase();
  const answer = options.answer ?? fixtureAnswer;
  const progress: CaptureAllProgress[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetched: string[] = [];
  const views = new TabViews();
  const instance = new CaptureAllController({
    db,
    views,
    ...(options.runs ? { runs: options.runs } : {}),
    fetchInTab: async (_view, endpoint) => {
      fetched.push(endpoint);
      await gate;
      return answer(endpoint);
    },
    ingest:
      options.ingest ??
      ((view, endpoint, body, response) =>
        ingestObservedCall(
          db,
          {
            url: reportingUrl(new URL(view.pageUrl).origin, endpoint),
            method: 'POST',
            requestBody: body,
            ...response,
          },
          view.pageUrl,
        )),
    sleep: async () => {},
    broadcast: (p) => progress.push(p),
  });
  return { instance, views, progress, release, fetched, db };
}
