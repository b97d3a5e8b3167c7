import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '../../lib/background/handle-request';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ChisoDatabase } from '../../lib/db/database';
import { listSnapshots } from '../../lib/db/snapshots';
import { lastBackupAt } from '../../lib/settings/last-backup';
import { freshDatabase } from '../support/fresh-db';
import { observedDerivedJuly, observedFixture, PORTAL_PAGE } from '../support/observed';

const SATISFACTION = 'phu-tho-2026-08/handling-satisfaction.json';
const TRANSPARENCY = 'phu-tho-2026-08/transparency.json';

describe('deleting stored data through the background', { timeout: 60_000 }, () => {
  let db: ChisoDatabase;
  let changed: number;
  const ask = (message: unknown) =>
    handleRequest(message, 'extension-page', {
      db,
      now: () => new Date('2026-12-03T11:45:00Z'),
      onDataChanged: () => changed++,
    });

  beforeEach(async () => {
    fakeBrowser.reset();
    changed = 0;
    db = freshDatabase();
    for (const file of [TRANSPARENCY, SATISFACTION]) {
      await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
    }
    // A second revision of the satisfaction snapshot, and July.
    await ingestObservedCall(
      db,
      observedFixture(SATISFACTION, {
        responseText: `${observedFixture(SATISFACTION).responseText} `,
        observedAt: '2026-09-28T00:00:00.000Z',
      }),
      PORTAL_PAGE,
    );
    await ingestObservedCall(db, observedDerivedJuly(), PORTAL_PAGE);
  }, 60_000);

  it('deletes every revision of one snapshot with its payloads and observations', async () => {
    const snapshot = (await listSnapshots(db)).find(
      (s) => s.key.includes('handling-satisfaction') && s.key.endsWith('2026-08|all'),
    );
    expect(snapshot?.revisions).toBe(2);
    const ids = (await db.captures.toArray())
      .filter((c) => c.snapshotKey === snapshot?.key)
      .map((c) => c.id);
    const reply = await ask({
      type: 'data:delete',
      target: { kind: 'snapshot', snapshotKey: snapshot?.key },
    });
    expect(reply).toEqual({ ok: true, value: { captures: 2 } });
    expect((await listSnapshots(db)).some((s) => s.key === snapshot?.key)).toBe(false);
    expect(await db.payloads.bulkGet(ids)).toEqual([undefined, undefined]);
    expect(await db.observations.where('captureId').anyOf(ids).count()).toBe(0);
    expect(await db.captures.count()).toBe(2);
    expect(changed).toBe(1);
  });

  it('deletes one period and leaves the others', async () => {
    const reply = await ask({
      type: 'data:delete',
      target: { kind: 'period', periodKey: '2026-08' },
    });
    expect(reply).toEqual({ ok: true, value: { captures: 3 } });
    expect((await listSnapshots(db)).map((s) => s.latest.periodKey)).toEqual(['2026-07']);
    expect(await db.payloads.count()).toBe(1);
  });

  it('deletes everything', async () => {
    await ask({ type: 'data:delete', target: { kind: 'all' } });
    expect(await db.captures.count()).toBe(0);
    expect(await db.payloads.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
  });

  it('records the time of a full backup, not of a share file, and reminds by it', async () => {
    const share = await ask({
      type: 'backup:build',
      selection: { rootUnitIds: ['019d2be3-6a88-732b-8b17-b68020c8553a'], periodKeys: ['2026-07'] },
    });
    expect(share.ok).toBe(true);
    expect(await lastBackupAt.getValue()).toBeNull();
    // The fixtures were captured in September: over a month before "now", never backed up.
    expect(await ask({ type: 'backup:status' })).toEqual({
      ok: true,
      value: { lastBackupAt: null, reminder: 'never' },
    });
    const full = await ask({ type: 'backup:build' });
    expect(full).toMatchObject({
      ok: true,
      value: { fileName: 'chiso766-backup-20261203-1845.json' },
    });
    expect(await lastBackupAt.getValue()).toBe('2026-12-03T11:45:00.000Z');
    expect(await ask({ type: 'backup:status' })).toEqual({
      ok: true,
      value: { lastBackupAt: '2026-12-03T11:45:00.000Z', reminder: 'none' },
    });
  });

  it('carries a backup out and back in through transfer slices', async () => {
    const built = await ask({ type: 'backup:build' });
    if (!built.ok) throw new Error(built.error);
    const { transferId, chars } = built.value as { transferId: string; chars: number };
    const read = await ask({ type: 'transfer:read', id: transferId, offset: 0 });
    if (!read.ok) throw new Error(read.error);
    const { text, done } = read.value as { text: string; done: boolean };
    expect(done).toBe(true);
    expect(text).toHaveLength(chars);
    // Read to the end, the held text is gone.
    expect(await ask({ type: 'transfer:read', id: transferId, offset: 0 })).toMatchObject({
      ok: false,
      code: 'errBackupTransferGone',
    });

    const half = Math.floor(text.length / 2);
    const first = await ask({ type: 'transfer:write', id: null, text: text.slice(0, half) });
    if (!first.ok) throw new Error(first.error);
    const id = (first.value as { id: string }).id;
    await ask({ type: 'transfer:write', id, text: text.slice(half) });
    const target = db;
    db = freshDatabase('transfer-target');
    const preview = await ask({ type: 'backup:preview', transferId: id });
    expect(preview).toMatchObject({
      ok: true,
      value: { addCaptures: await target.captures.count() },
    });
    const restored = await ask({ type: 'backup:restore', transferId: id });
    expect(restored).toMatchObject({
      ok: true,
      value: { addCaptures: await target.captures.count() },
    });
    expect(await ask({ type: 'backup:restore', transferId: id })).toMatchObject({
      ok: false,
      code: 'errBackupTransferGone',
    });
  });

  it('parses captures of an older parser again right after restoring them', async () => {
    const built = await ask({ type: 'backup:build' });
    if (!built.ok) throw new Error(built.error);
    const { transferId } = built.value as { transferId: string };
    const read = await ask({ type: 'transfer:read', id: transferId, offset: 0 });
    if (!read.ok) throw new Error(read.error);
    const file = JSON.parse((read.value as { text: string }).text);
    const [captures, , , observations] = file.database.data.data;
    const old = captures.rows[0];
    old.parserVersion = 0;
    observations.rows = observations.rows.filter(
      (o: { captureId: number }) => o.captureId !== old.id,
    );
    const source = db;
    db = freshDatabase('older-parser');
    const reply = await ask({ type: 'backup:restore', text: JSON.stringify(file) });
    expect(reply).toMatchObject({
      ok: true,
      value: { addCaptures: await source.captures.count() },
    });
    const restored = await db.captures.where('sha256').equals(old.sha256).first();
    expect(restored?.parserVersion).toBeGreaterThan(0);
    expect(
      await db.observations
        .where('captureId')
        .equals(restored?.id ?? -1)
        .count(),
    ).toBe(await source.observations.where('captureId').equals(old.id).count());
    expect(changed).toBe(1);
  });

  it('refuses backup messages from a content script', async () => {
    const reply = await handleRequest(
      { type: 'data:delete', target: { kind: 'all' } },
      'portal-content-script',
      { db },
    );
    expect(reply).toMatchObject({ ok: false, code: 'errRequestNotAllowed' });
    expect(await db.captures.count()).toBeGreaterThan(0);
  });
});
