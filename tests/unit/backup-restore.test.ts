import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { buildBackup } from '../../lib/backup/build-backup';
import { applyRestore, previewRestore } from '../../lib/backup/restore';
import { ingestObservedCall } from '../../lib/capture/ingest';
import type { ChisoDatabase } from '../../lib/db/database';
import { latestSnapshotsWithObservations } from '../../lib/db/snapshots';
import { buildLongCsv } from '../../lib/export/long-csv';
import { ChisoError } from '../../lib/protocol/errors';
import { reportLetterhead } from '../../lib/settings/letterhead';
import { ratingBandsItem, targetProfilesItem } from '../../lib/settings/target-profiles';
import { freshDatabase } from '../support/fresh-db';
import {
  observedDerivedJuly,
  observedFixture,
  PHU_THO_FILES,
  PORTAL_PAGE,
} from '../support/observed';

const NOW = new Date('2026-12-03T11:45:00Z');
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

async function filled(name: string): Promise<ChisoDatabase> {
  const db = freshDatabase(name);
  for (const file of PHU_THO_FILES)
    await ingestObservedCall(db, observedFixture(file), PORTAL_PAGE);
  await ingestObservedCall(db, observedDerivedJuly(), PORTAL_PAGE);
  await ingestObservedCall(db, observedFixture('national-2026/service-results.json'), PORTAL_PAGE);
  // A rejection page: kept raw and flagged, it must travel too.
  await ingestObservedCall(
    db,
    observedFixture('phu-tho-2026-08/transparency.json', {
      responseText: '<html>Request Rejected</html>',
      contentType: 'text/html',
      observedAt: '2026-09-27T01:00:00.000Z',
    }),
    PORTAL_PAGE,
  );
  return db;
}

async function longCsv(db: ChisoDatabase): Promise<string> {
  return buildLongCsv(await latestSnapshotsWithObservations(db), 'standard');
}

async function hashes(db: ChisoDatabase): Promise<string[]> {
  return (await db.captures.toArray()).map((c) => c.sha256).sort();
}

async function contents(db: ChisoDatabase) {
  return {
    captures: await db.captures.toArray(),
    payloads: await db.payloads.count(),
    observations: await db.observations.count(),
    units: await db.units.toArray(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChisoError);
  return (error as ChisoError).code;
}

describe('backup and restore through the database', { timeout: 60_000 }, () => {
  let source: ChisoDatabase;
  let text: string;
  beforeAll(async () => {
    fakeBrowser.reset();
    source = await filled('source');
    ({ text } = await buildBackup(source, null, NOW, '0.1.0'));
  }, 60_000);

  it('restores into an empty database the same long CSV and every capture’s sha256', async () => {
    const target = freshDatabase('target');
    const preview = await previewRestore(target, text);
    expect(preview).toMatchObject({
      share: false,
      fileCaptures: await source.captures.count(),
      addCaptures: await source.captures.count(),
      knownCaptures: 0,
      periods: ['2026', '2026-07', '2026-08'],
      newPeriods: ['2026', '2026-07', '2026-08'],
    });
    expect(preview.roots).toContain('UBND tỉnh Phú Thọ');
    expect(await target.captures.count()).toBe(0);

    const outcome = await applyRestore(target, text);
    expect(outcome.addCaptures).toBe(preview.addCaptures);
    expect(await hashes(target)).toEqual(await hashes(source));
    expect(await longCsv(target)).toEqual(await longCsv(source));
    const flagged = (await target.captures.toArray()).filter((c) => c.state === 'flagged');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.snapshotKey).toBeUndefined();
    const payload = await target.payloads.get(flagged[0]?.id ?? -1);
    expect(payload?.responseText).toBe('<html>Request Rejected</html>');
  });

  it('adds nothing when the same file is restored twice, or into the database it came from', async () => {
    const target = freshDatabase('target');
    await applyRestore(target, text);
    const before = await contents(target);
    const again = await applyRestore(target, text);
    expect(again.addCaptures).toBe(0);
    expect(again.knownCaptures).toBe(before.captures.length);
    expect(await contents(target)).toEqual(before);
    expect((await applyRestore(source, text)).addCaptures).toBe(0);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), 'errBackupNotJson'],
    ['not ours', () => JSON.stringify({ formatName: 'dexie', data: {} }), 'errBackupForeign'],
    [
      'from a newer format',
      (t: string) => t.replace('"formatVersion":1,', '"formatVersion":2,'),
      'errBackupNewer',
    ],
    [
      'with one payload altered',
      (t: string) => t.replace('UBND tỉnh Phú Thọ', 'UBND tinh Phu Tho'),
      'errBackupAltered',
    ],
    [
      'with a row of the wrong shape',
      (t: string) => t.replace('"state":"ok"', '"state":"great"'),
      'errBackupInvalid',
    ],
  ])('refuses a file %s and changes nothing', async (_label, spoil, code) => {
    const target = freshDatabase('target');
    await applyRestore(
      target,
      (await buildBackup(source, { rootUnitIds: ['NATION'], periodKeys: ['2026'] }, NOW, '0.1.0'))
        .text,
    );
    const before = await contents(target);
    const bad = spoil(text);
    expect(bad).not.toBe(text);
    expect(await refusal(previewRestore(target, bad))).toBe(code);
    expect(await refusal(applyRestore(target, bad))).toBe(code);
    expect(await contents(target)).toEqual(before);
  });

  it('cuts a share file to the chosen roots and periods, without settings', async () => {
    const share = await buildBackup(
      source,
      { rootUnitIds: [PHU_THO], periodKeys: ['2026-07'] },
      NOW,
      '0.1.0',
    );
    expect(share.fileName).toBe('chiso766-backup-20261203-1845-chia-se.json');
    expect(share.captures).toBe(1);
    const target = freshDatabase('target');
    const outcome = await applyRestore(target, share.text);
    expect(outcome).toMatchObject({ share: true, addCaptures: 1, periods: ['2026-07'] });
    const units = await target.units.toArray();
    expect(units.some((u) => u.id === PHU_THO)).toBe(true);
    expect(units.some((u) => u.id === 'NATION')).toBe(false);
  });

  it('names a full backup in Vietnam time', async () => {
    const built = await buildBackup(source, null, new Date('2026-12-31T17:05:00Z'), '0.1.0');
    expect(built.fileName).toBe('chiso766-backup-20270101-0005.json');
  });

  it('brings settings into a fresh browser but never overrules the ones in use', async () => {
    const { builtIn: _builtIn, ...custom } = DEFAULT_PROFILE;
    const mine = {
      ...custom,
      id: 'phu-tho-2026',
      name: 'Kế hoạch Phú Thọ',
      years: [2026],
    };
    const bands = [
      { label: 'Đạt', min: 60 },
      { label: 'Chưa đạt', min: 0 },
    ];
    await targetProfilesItem.setValue([DEFAULT_PROFILE, mine]);
    await ratingBandsItem.setValue(bands);
    await reportLetterhead.setValue({ issuingBody: 'VĂN PHÒNG UBND TỈNH' });
    const withSettings = (await buildBackup(source, null, NOW, '0.1.0')).text;

    fakeBrowser.reset();
    const target = freshDatabase('target');
    const outcome = await applyRestore(target, withSettings);
    expect(outcome).toMatchObject({
      profilesToAdd: 1,
      bandsRestored: true,
      letterheadRestored: true,
    });
    expect(await targetProfilesItem.getValue()).toEqual([DEFAULT_PROFILE, mine]);
    expect(await ratingBandsItem.getValue()).toEqual(bands);
    expect(await reportLetterhead.getValue()).toEqual({ issuingBody: 'VĂN PHÒNG UBND TỈNH' });

    await reportLetterhead.setValue({ issuingBody: 'SỞ NỘI VỤ' });
    const again = await applyRestore(target, withSettings);
    expect(again).toMatchObject({
      profilesToAdd: 0,
      bandsRestored: false,
      letterheadRestored: false,
    });
    expect(await reportLetterhead.getValue()).toEqual({ issuingBody: 'SỞ NỘI VỤ' });
  });
});
