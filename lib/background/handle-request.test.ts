import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureText, sha256OfFile } from '../../tests/support/fixtures';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PHU_THO_FILES } from '../../tests/support/observed';
import type { ChisoDatabase } from '../db/database';
import { handleRequest } from './handle-request';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';

function observed(file: string) {
  return {
    type: 'capture:observed' as const,
    pageUrl: PAGE,
    call: observedFixture(file, { observedAt: '2026-09-26T18:14:39.135Z' }),
  };
}

describe('handleRequest', () => {
  let db: ChisoDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('stores a real capture byte-identical, with its header, in one go', async () => {
    const reply = await handleRequest(
      observed('phu-tho-2026-08/transparency.json'),
      'portal-content-script',
      {
        db,
        now: () => new Date('2026-09-27T00:00:00Z'),
      },
    );
    expect(reply).toMatchObject({ ok: true });
    if (!reply.ok) return;
    const value = reply.value as { id: number; sha256: string };
    expect(value.sha256).toBe(sha256OfFile('phu-tho-2026-08/transparency.json'));
    expect(value.sha256).toBe('77ef2623b219a6492177fe4a477e7f71eebc285e82ce7e55adc80f7cbfa2a413');
    const header = await db.captures.get(value.id);
    expect(value).toMatchObject({ state: 'ok', duplicate: false });
    expect(header).toMatchObject({
      endpoint: 'evaluation/transparency',
      state: 'ok',
      periodKey: '2026-08',
      status: 201,
      pageUrl: PAGE,
      bytes: 178025,
      storedAt: '2026-09-27T00:00:00.000Z',
    });
    expect((await db.payloads.get(value.id))?.responseText).toBe(
      fixtureText('phu-tho-2026-08/transparency.json'),
    );
  });

  it('summarizes what is stored per endpoint for extension pages', async () => {
    for (const file of [
      'phu-tho-2026-08/transparency.json',
      'phu-tho-2026-08/dvc-progress-tree.json',
    ]) {
      await handleRequest(observed(file), 'portal-content-script', { db });
    }
    const reply = await handleRequest({ type: 'captures:summary' }, 'extension-page', { db });
    expect(reply).toEqual({
      ok: true,
      value: {
        total: 2,
        flagged: 0,
        saved: 2,
        lastObservedAt: '2026-09-26T18:14:39.135Z',
        endpoints: [
          expect.objectContaining({
            endpoint: 'evaluation/dvc-progress-tree',
            count: 1,
            saved: 1,
            lastPageUrl: PAGE,
          }),
          expect.objectContaining({ endpoint: 'evaluation/transparency', count: 1 }),
        ],
      },
    });
    const list = await handleRequest({ type: 'captures:list' }, 'extension-page', { db });
    expect(list.ok && (list.value as unknown[]).length).toBe(2);
    const raw = await handleRequest({ type: 'captures:raw', id: 1 }, 'extension-page', { db });
    expect(raw.ok && (raw.value as { responseText: string }).responseText).toBe(
      fixtureText('phu-tho-2026-08/transparency.json'),
    );
  });

  it('refuses unknown senders and requests they may not send', async () => {
    const capture = observed('phu-tho-2026-08/transparency.json');
    expect(await handleRequest(capture, null, { db })).toMatchObject({ ok: false });
    expect(await handleRequest(capture, 'extension-page', { db })).toMatchObject({ ok: false });
    expect(
      await handleRequest({ type: 'captures:summary' }, 'portal-content-script', { db }),
    ).toMatchObject({
      ok: false,
    });
    expect(await db.captures.count()).toBe(0);
  });

  it('rejects malformed messages with a reason and stores nothing', async () => {
    const capture = observed('phu-tho-2026-08/transparency.json');
    const cases: unknown[] = [
      null,
      'capture',
      { type: 'nope' },
      { ...capture, call: { ...capture.call, status: '201' } },
      { ...capture, call: { ...capture.call, observedAt: 'yesterday' } },
      { ...capture, call: { ...capture.call, responseText: 'x'.repeat(8 * 1024 * 1024 + 1) } },
    ];
    for (const message of cases) {
      const reply = await handleRequest(message, 'portal-content-script', { db });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/không hợp lệ/);
    }
    expect(await db.captures.count()).toBe(0);
    expect(await db.payloads.count()).toBe(0);
  });

  it('answers the analysis, annotation, scorecard and export requests from what is stored', async () => {
    for (const file of PHU_THO_FILES) {
      await handleRequest(observed(file), 'portal-content-script', { db });
    }
    const root = '019d2be3-6a88-732b-8b17-b68020c8553a';
    const key = `evaluation/handling-satisfaction|${root}|2026-08|all`;
    const view = await handleRequest(
      { type: 'analysis:view', snapshotKey: key },
      'extension-page',
      { db },
    );
    expect(
      view.ok && (view.value as { annotations: { units: unknown[] } }).annotations.units,
    ).toHaveLength(164);

    const deps = {
      db,
      views: {
        of: async (tab: number) => (tab === 5 ? { snapshotKey: key } : null),
        last: async () => null,
      },
    };
    const badges = await handleRequest(
      { type: 'annotations:current' },
      'portal-content-script',
      deps,
      5,
    );
    expect(badges).toMatchObject({
      ok: true,
      value: { viewLabel: 'Mức độ hài lòng', periodLabel: 'Tháng 08/2026' },
    });
    expect(
      await handleRequest({ type: 'annotations:current' }, 'portal-content-script', deps, 6),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await handleRequest({ type: 'annotations:current' }, 'extension-page', deps, 5),
    ).toMatchObject({
      ok: false,
    });

    const card = await handleRequest({ type: 'scorecard', rootUnitId: root }, 'extension-page', {
      db,
    });
    expect(card).toMatchObject({ ok: true, value: { total: { score: 59.92, derived: true } } });
    // Without a root, the scorecard follows the view the panels follow.
    const following = {
      db,
      views: { of: async () => null, last: async () => ({ rootUnitId: root }) },
    };
    expect(await handleRequest({ type: 'scorecard' }, 'extension-page', following)).toEqual(card);
    const nowhere = { db, views: { of: async () => null, last: async () => null } };
    expect(await handleRequest({ type: 'scorecard' }, 'extension-page', nowhere)).toEqual({
      ok: true,
      value: null,
    });

    // The file is dated by the clock given, in Vietnam time: 23:30 UTC is already the next day.
    const csv = await handleRequest(
      { type: 'export:long-csv', profile: 'standard' },
      'extension-page',
      { db, now: () => new Date('2026-09-30T23:30:00Z') },
    );
    expect(csv.ok && (csv.value as { text: string }).text.startsWith('period,period_closed,')).toBe(
      true,
    );
    expect(csv.ok && (csv.value as { fileName: string }).fileName).toBe(
      'chiso766-long-2026-10-01.csv',
    );
  });
});
