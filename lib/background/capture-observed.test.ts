import { beforeEach, describe, expect, it } from 'vitest';
import {
  deriveRequest,
  deriveResponse,
  factorForMonth,
} from '../../tests/fixtures/portal-2026-derived/derive';
import { fixtureCaptures, fixtureText } from '../../tests/support/fixtures';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../../tests/support/observed';
import { analyzeSnapshot } from '../analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../analysis/ratings';
import { DEFAULT_PROFILE } from '../analysis/targets';
import { buildViewAnnotations } from '../analysis/view-annotations';
import type { ViewAnnotations } from '../annotator/annotations';
import type { ObservedCall } from '../capture/observed-call';
import type { ChisoDatabase } from '../db/database';
import { latestSnapshotsWithObservations } from '../db/snapshots';
import type { ToTabMessage } from '../protocol/to-tab';
import { tabViewOf } from '../views/tab-view';
import { TabViews } from '../views/tab-views';
import {
  annotationsOfSnapshot,
  type CaptureObservedDeps,
  captureObserved,
} from './capture-observed';

const FILE = 'phu-tho-2026-08/handling-satisfaction.json';
const SETTINGS = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
const TAB = 7;

/** The real answer moved to another month, as the portal would send it then (closed months). */
function month(m: number, year = 2026): ObservedCall {
  const capture = fixtureCaptures().find((c) => c.file === FILE);
  if (!capture) throw new Error(`no fixture ${FILE}`);
  return observedFixture(FILE, {
    requestBody: JSON.stringify(deriveRequest(capture.requestBody as never, m, year)),
    responseText: deriveResponse(fixtureText(FILE), factorForMonth(m)),
    observedAt: `${year + (m === 12 ? 1 : 0)}-${String((m % 12) + 1).padStart(2, '0')}-05T03:00:00.000Z`,
  });
}

/** What the badges said before #11: the snapshot judged against its whole family. */
async function judgedByWholeFamily(db: ChisoDatabase, key: string): Promise<ViewAnnotations> {
  const all = await latestSnapshotsWithObservations(db);
  const current = all.find((s) => s.capture.snapshotKey === key);
  if (!current) throw new Error(`no snapshot ${key}`);
  const family = all
    .filter((s) => s.capture.endpoint === current.capture.endpoint)
    .sort((a, b) => (a.capture.periodKey ?? '').localeCompare(b.capture.periodKey ?? ''));
  return buildViewAnnotations(current, analyzeSnapshot(current, family, SETTINGS));
}

describe('a capture from a portal tab', () => {
  let db: ChisoDatabase;
  let sent: ToTabMessage[];
  let views: TabViews;
  let deps: CaptureObservedDeps;
  const observe = (call: ObservedCall, ticket = 1, tabId: number | null = TAB) =>
    captureObserved({ type: 'capture:observed', call, pageUrl: PORTAL_PAGE, ticket }, deps, tabId);

  beforeEach(async () => {
    db = freshDatabase();
    sent = [];
    views = new TabViews();
    deps = {
      db,
      now: () => new Date('2026-12-03T00:00:00Z'),
      settings: async () => SETTINGS,
      onStored: (outcome, tabId) => {
        const view = tabId === null ? null : tabViewOf(outcome.view, tabId);
        return view ? views.note(view) : undefined;
      },
      currentAnnotations: async (tabId) => {
        const key = (await views.of(tabId))?.snapshotKey;
        return key ? annotationsOfSnapshot(db, key, SETTINGS) : null;
      },
      toTab: async (_tabId, message) => {
        sent.push(message);
      },
    };
    // The neighbours (August, September last year) and months that must not matter.
    const history: [number, number][] = [
      [9, 2025],
      [10, 2025],
      [6, 2026],
      [7, 2026],
      [8, 2026],
    ];
    for (const [i, [m, year]] of history.entries()) await observe(month(m, year), 100 + i, null);
  });

  it('sends its badges ahead, as they read once stored, and as the whole family judged them', async () => {
    const reply = await observe(month(9), 42);
    expect(reply).toMatchObject({ state: 'ok', duplicate: false });
    expect(reply).not.toHaveProperty('annotations');
    expect(sent).toHaveLength(1);
    const ahead = sent[0];
    if (ahead?.type !== 'event:annotations') throw new Error('no annotations sent ahead');
    expect(ahead.ticket).toBe(42);
    const key = reply.snapshotKey ?? '';
    const stored = await annotationsOfSnapshot(db, key, SETTINGS);
    expect(ahead.annotations).toEqual(stored);
    expect(stored).toEqual(await judgedByWholeFamily(db, key));
    // Real comparisons, not empty ones: Δ against August and ranks with their change.
    const units = ahead.annotations?.units ?? [];
    expect(units.length).toBeGreaterThan(100);
    expect(units.filter((u) => u.delta.delta !== null).length).toBeGreaterThan(100);
    expect(units.some((u) => u.rank?.change !== null && u.rank?.change !== 0)).toBe(true);
    expect(units[0]?.delta.previousLabel).toBe('Tháng 08/2026');
  });

  it('answers a duplicate with the stored badges in its reply, sending nothing ahead', async () => {
    const first = await observe(month(9), 1);
    sent = [];
    const again = await observe(month(9), 2);
    expect(again).toMatchObject({ duplicate: true, id: first.id });
    expect(sent).toEqual([]);
    expect(again.annotations).toEqual(
      await annotationsOfSnapshot(db, first.snapshotKey ?? '', SETTINGS),
    );
    expect(again.annotations?.units.length).toBeGreaterThan(100);
  });

  it('puts the badges in the reply when the tab cannot be reached ahead', async () => {
    deps.toTab = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const reply = await observe(month(9), 3);
    expect(reply.annotations?.snapshotKey).toBe(reply.snapshotKey);
    expect(reply.annotations).toEqual(
      await annotationsOfSnapshot(db, reply.snapshotKey ?? '', SETTINGS),
    );
  });

  it('judges a refused answer by what is stored for the view the page asked for', async () => {
    await observe(month(9), 1);
    sent = [];
    const refused = await observe(
      { ...month(9), responseText: '<html>Request Rejected</html>' },
      2,
    );
    expect(refused.state).toBe('flagged');
    expect(sent).toEqual([]);
    // The page asked for September, which is stored: its badges stay.
    expect(refused.annotations?.snapshotKey).toBe(refused.view.snapshotKey);
  });

  it('sends nothing ahead for a sender without a tab, and carries no annotations', async () => {
    const reply = await observe(month(9), 1, null);
    expect(sent).toEqual([]);
    expect(reply).not.toHaveProperty('annotations');
    expect(reply.state).toBe('ok');
  });
});
