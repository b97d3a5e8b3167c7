import type { ChisoDatabase } from '../db/database';
import type { GroupCode } from '../model/groups';
import { ChisoError } from '../protocol/errors';
import { storedGroupsOf } from '../views/stored-groups';
import { summaryStoredOf } from '../views/stored-summary';
import type { TabView } from '../views/tab-view';
import type { TabViews } from '../views/tab-views';
import { type CaptureAllProgress, type FetchedResponse, runCaptureAll } from './capture-all';
import type { IngestOutcome } from './ingest';
import { type RunStore, settleSavedRun } from './interrupted-run';
import { groupCountOf, planCaptureAll } from './plan-capture-all';

export interface ViewStatus {
  view: TabView | null;
  /** Groups with a stored snapshot for the view. */
  stored: GroupCode[];
  /** How many groups the view has (6, or 5 with a TTHC filter). */
  total: number;
  /** Whether the view's summary (Tổng hợp) is stored; capture-all fetches it too (#12). */
  summaryStored: boolean;
  run: CaptureAllProgress | null;
}

export interface ControllerDeps {
  db: ChisoDatabase;
  views: TabViews;
  /** Asks the portal tab to POST `body` to the endpoint; rejects on network error or timeout. */
  fetchInTab(view: TabView, endpoint: string, body: string): Promise<FetchedResponse>;
  ingest(
    view: TabView,
    endpoint: string,
    body: string,
    response: FetchedResponse,
  ): Promise<IngestOutcome>;
  sleep(ms: number): Promise<void>;
  broadcast(progress: CaptureAllProgress): void;
  /** Keeps the run's progress where a worker restart cannot lose it. */
  runs?: RunStore;
}

/**
 * "Capture all" for the view the panels follow: the one run that may be going on. A second
 * start while a run is going on is refused.
 */
export class CaptureAllController {
  private run: CaptureAllProgress | null = null;
  private running = false;
  private restored: Promise<void> | null = null;

  constructor(private readonly deps: ControllerDeps) {}

  /** A new worker learns how the last run ended, or that it was cut short with the old one. */
  private restore(): Promise<void> {
    this.restored ??= (async () => {
      const saved = await this.deps.runs?.load().catch(() => null);
      if (this.run || this.running) return;
      const settled = settleSavedRun(saved ?? null);
      this.run = settled;
      if (settled !== saved && settled) await this.keep(settled);
    })();
    return this.restored;
  }

  private async keep(progress: CaptureAllProgress): Promise<void> {
    await this.deps.runs?.save(progress).catch(() => {});
  }

  async status(): Promise<ViewStatus> {
    await this.restore();
    const view = await this.deps.views.last();
    return {
      view,
      stored: view ? await storedGroupsOf(this.deps.db, view) : [],
      total: view ? groupCountOf(view) : 0,
      summaryStored: view ? await summaryStoredOf(this.deps.db, view) : false,
      run: this.run,
    };
  }

  /** Starts a run for the current view; resolves with its first progress, not its end. */
  async start(): Promise<CaptureAllProgress> {
    await this.restore();
    if (this.running) throw new ChisoError('errCaptureAllBusy');
    const view = await this.deps.views.last();
    if (!view) throw new ChisoError('errNoView');
    this.running = true;
    try {
      const stored = new Set<string>(await storedGroupsOf(this.deps.db, view));
      if (await summaryStoredOf(this.deps.db, view)) stored.add('TOTAL');
      const steps = planCaptureAll(view, stored);
      const first: CaptureAllProgress = {
        state: steps.length ? 'running' : 'done',
        done: 0,
        total: steps.length,
        current: steps[0] ?? null,
        stored: [],
      };
      this.run = first;
      await this.keep(first);
      this.deps.broadcast(first);
      const finished = runCaptureAll(steps, {
        fetchStep: (step) => this.deps.fetchInTab(view, step.endpoint, step.body),
        store: async (step, response) => {
          const outcome = await this.deps.ingest(view, step.endpoint, step.body, response);
          return { ok: outcome.state === 'ok', reason: outcome.reasonCode };
        },
        sleep: this.deps.sleep,
        onProgress: (progress) => {
          this.run = progress;
          // Saved before it is told, so a page that asks on the news reads the same.
          this.keep(progress).finally(() => this.deps.broadcast(progress));
        },
      }).finally(() => {
        this.running = false;
      });
      // The run goes on in the background; its progress is broadcast.
      finished.catch(() => {});
      return first;
    } catch (error) {
      this.running = false;
      throw error;
    }
  }
}
