import { Dexie } from 'dexie';
import type { CaptureRecord, ChisoDatabase } from '../db/database';
import { GROUPS } from '../model/groups';
import { NATION_UNIT_ID } from '../model/observation';
import { parsePeriodKey, periodKey } from '../model/period';
import { type CaptureAllProgress, type FetchedResponse, runCaptureAll } from './capture-all';
import type { IngestOutcome } from './ingest';
import { groupCountOf, type PortalView, planCaptureAll } from './plan-capture-all';

/** A view plus the portal tab it is shown in. */
export interface TabView extends PortalView {
  tabId: number;
  pageUrl: string;
  seenAt: string;
  /** The endpoint of what the page shows: one group's, or the summary's (service-results). */
  endpoint: string;
}

export interface ViewStatus {
  view: TabView | null;
  /** Group endpoints with a stored snapshot for the view. */
  stored: string[];
  /** How many groups the view has (6, or 5 with a TTHC filter). */
  total: number;
  run: CaptureAllProgress | null;
}

export interface ControllerDeps {
  db: ChisoDatabase;
  /** Asks the portal tab to POST `body` to `url`; rejects on network error or timeout. */
  fetchInTab(tabId: number, url: string, body: string): Promise<FetchedResponse>;
  ingest(
    tabId: number,
    pageUrl: string,
    url: string,
    body: string,
    response: FetchedResponse,
  ): Promise<IngestOutcome>;
  sleep(ms: number): Promise<void>;
  broadcast(progress: CaptureAllProgress): void;
  origin?: string;
}

const GROUP_ENDPOINTS = new Set(GROUPS.map((g) => g.endpoint));

export async function storedGroupsOf(db: ChisoDatabase, view: PortalView): Promise<string[]> {
  if (view.rootUnitId === NATION_UNIT_ID) return [];
  const stored: string[] = [];
  for (const group of GROUPS) {
    const key = [group.endpoint, view.rootUnitId, periodKey(view.period), view.scope].join('|');
    const count = await db.captures
      .where('[snapshotKey+observedAt]')
      .between([key, Dexie.minKey], [key, Dexie.maxKey])
      .count();
    if (count > 0) stored.push(group.endpoint);
  }
  return stored;
}

/**
 * Background state for "capture all": the view each portal tab last showed, and the one run
 * that may be going on. A second start while a run is going on is refused.
 */
export class CaptureAllController {
  /** Every open portal tab's view; the most recently noted is last (Map keeps insertion order). */
  private readonly views = new Map<number, TabView>();
  private run: CaptureAllProgress | null = null;
  private running = false;

  constructor(private readonly deps: ControllerDeps) {}

  /** Called for every stored capture that came from a portal tab. */
  noteView(view: TabView): void {
    if (view.rootUnitId === NATION_UNIT_ID) return;
    this.views.delete(view.tabId);
    this.views.set(view.tabId, view);
  }

  /**
   * A closed tab's view goes; the panel falls back to the view of the tab used before it.
   * True when the tab had a view, so the panels have something to follow again.
   */
  forgetTab(tabId: number): boolean {
    return this.views.delete(tabId);
  }

  private get lastView(): TabView | null {
    return [...this.views.values()].at(-1) ?? null;
  }

  async status(): Promise<ViewStatus> {
    const view = this.lastView;
    return {
      view,
      stored: view ? await storedGroupsOf(this.deps.db, view) : [],
      total: view ? groupCountOf(view) : 0,
      run: this.run,
    };
  }

  /** Starts a run for the current view; resolves with its first progress, not its end. */
  async start(): Promise<
    { ok: true; progress: CaptureAllProgress } | { ok: false; error: string }
  > {
    if (this.running)
      return { ok: false, error: 'Đang lưu các nhóm, vui lòng chờ lượt hiện tại xong.' };
    const view = this.lastView;
    if (!view) {
      return {
        ok: false,
        error:
          'Chưa biết bạn đang xem tỉnh và kỳ nào: hãy mở trang đánh giá trên Cổng DVC và chọn tỉnh, kỳ.',
      };
    }
    this.running = true;
    try {
      const stored = new Set(await storedGroupsOf(this.deps.db, view));
      const steps = planCaptureAll(view, stored);
      const origin = this.deps.origin ?? new URL(view.pageUrl).origin;
      const first: CaptureAllProgress = {
        state: steps.length ? 'running' : 'done',
        done: 0,
        total: steps.length,
        current: steps[0] ?? null,
        stored: [],
      };
      this.run = first;
      this.deps.broadcast(first);
      const finished = runCaptureAll(steps, {
        fetchStep: (step) =>
          this.deps.fetchInTab(
            view.tabId,
            `${origin}/api/v1/reporting/${step.endpoint}`,
            step.body,
          ),
        store: async (step, response) => {
          const outcome = await this.deps.ingest(
            view.tabId,
            view.pageUrl,
            `${origin}/api/v1/reporting/${step.endpoint}`,
            step.body,
            response,
          );
          return { ok: outcome.state === 'ok', reason: outcome.reason };
        },
        sleep: this.deps.sleep,
        onProgress: (progress) => {
          this.run = progress;
          this.deps.broadcast(progress);
        },
      }).finally(() => {
        this.running = false;
      });
      // The run goes on in the background; its progress is broadcast.
      finished.catch(() => {});
      return { ok: true, progress: first };
    } catch (error) {
      this.running = false;
      return { ok: false, error: String(error) };
    }
  }

  isGroupEndpoint(endpoint: string): boolean {
    return GROUP_ENDPOINTS.has(endpoint);
  }
}

/** The view a stored capture shows, when it is a province-level view capture-all can complete. */
export function viewFromCapture(
  capture: Pick<
    CaptureRecord,
    'endpoint' | 'state' | 'rootUnitId' | 'periodKey' | 'scope' | 'pageUrl' | 'observedAt'
  >,
  rootName: string | null,
  tabId: number,
): TabView | null {
  const isView =
    GROUP_ENDPOINTS.has(capture.endpoint) || capture.endpoint === 'evaluation/service-results';
  if (
    !isView ||
    capture.state !== 'ok' ||
    !capture.rootUnitId ||
    !capture.periodKey ||
    !capture.scope
  ) {
    return null;
  }
  if (capture.rootUnitId === NATION_UNIT_ID) return null;
  const period = parsePeriodKey(capture.periodKey);
  if (!period) return null;
  return {
    tabId,
    pageUrl: capture.pageUrl,
    seenAt: capture.observedAt,
    rootUnitId: capture.rootUnitId,
    rootName,
    period,
    scope: capture.scope,
    endpoint: capture.endpoint,
  };
}
