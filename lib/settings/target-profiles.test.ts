import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RATING_BANDS } from '../analysis/ratings';
import { DEFAULT_PROFILE, type TargetProfile } from '../analysis/targets';
import {
  migrateTargetProfilesV1,
  ratingBandsItem,
  type TargetProfileV1,
  targetProfilesItem,
} from './target-profiles';

const v1: TargetProfileV1[] = [
  {
    id: 'phu-tho-2026',
    name: 'Kế hoạch Phú Thọ 2026',
    year: 2026,
    rules: [
      { code: 'ONLINE_DOSSIER_SHARE', min: 60 },
      { code: 'DOSSIER_RECEIVING_SATISFACTION', min: 95 },
    ],
  },
];

const migratedUser: TargetProfile = {
  id: 'phu-tho-2026',
  name: 'Kế hoạch Phú Thọ 2026',
  years: [2026],
  source: '',
  rules: [
    { criterion: 'ONLINE_DOSSIER_SHARE', min: 60, note: '' },
    { criterion: 'DOSSIER_RECEIVING_SATISFACTION', min: 95, note: '' },
  ],
};

/** What @wxt-dev/storage writes: the value under its key, the version under `key$`. */
async function storeV1(value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ targetProfiles: value, targetProfiles$: { v: 1 } });
}

describe('migrateTargetProfilesV1', () => {
  it.each([
    ['nothing usable', null, []],
    ['an empty list', [], []],
    ['one profile', v1, [migratedUser]],
    [
      'a rule with an unknown code or a bad minimum is dropped, the rest kept',
      [
        {
          ...v1[0],
          rules: [
            { code: 'GONE', min: 50 },
            { code: 'DOSSIER_SYNC', min: 120 },
            { code: 'DOSSIER_SYNC', min: 90 },
          ],
        },
      ],
      [{ ...migratedUser, rules: [{ criterion: 'DOSSIER_SYNC', min: 90, note: '' }] }],
    ],
    [
      'a criterion given twice keeps the later minimum',
      [
        {
          ...v1[0],
          rules: [
            { code: 'DOSSIER_SYNC', min: 80 },
            { code: 'DOSSIER_SYNC', min: 85 },
          ],
        },
      ],
      [{ ...migratedUser, rules: [{ criterion: 'DOSSIER_SYNC', min: 85, note: '' }] }],
    ],
    [
      'profiles without a name or with an impossible year are dropped',
      [{ ...v1[0], name: '' }, { ...v1[0], year: 1999 }, 'junk', v1[0]],
      [migratedUser],
    ],
    [
      'an id taken by the built-in profile or another profile gets a suffix',
      [
        { ...v1[0], id: 'default-2024' },
        { ...v1[0], rules: [] },
        { ...v1[0], rules: [] },
      ],
      [
        { ...migratedUser, id: 'default-2024-2' },
        { ...migratedUser, rules: [] },
        { ...migratedUser, id: 'phu-tho-2026-2', rules: [] },
      ],
    ],
  ])('%s', (_label, value, users) => {
    expect(migrateTargetProfilesV1(value)).toEqual([DEFAULT_PROFILE, ...users]);
  });
});

describe('stored target profiles', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('falls back to the built-in profile', async () => {
    expect(await targetProfilesItem.getValue()).toEqual([DEFAULT_PROFILE]);
  });

  it('migrates a v1 value as @wxt-dev/storage stored it', async () => {
    await storeV1(v1);
    await targetProfilesItem.migrate();
    expect(await targetProfilesItem.getValue()).toEqual([DEFAULT_PROFILE, migratedUser]);
    expect(await fakeBrowser.storage.local.get('targetProfiles$')).toEqual({
      targetProfiles$: { v: 2 },
    });
  });

  it('migrates when the extension starts with v1 data in storage', async () => {
    await storeV1(v1);
    vi.resetModules();
    const fresh = await import('./target-profiles');
    expect(await fresh.targetProfilesItem.getValue()).toEqual([DEFAULT_PROFILE, migratedUser]);
  });

  const v2 = [DEFAULT_PROFILE, { ...migratedUser, years: [2026, 2027] }];

  it('leaves a v2 value alone', async () => {
    await fakeBrowser.storage.local.set({ targetProfiles: v2, targetProfiles$: { v: 2 } });
    await targetProfilesItem.migrate();
    expect(await targetProfilesItem.getValue()).toEqual(v2);
  });

  it('does not convert v2 data again when its version marker is missing', async () => {
    await fakeBrowser.storage.local.set({ targetProfiles: v2 });
    await targetProfilesItem.migrate();
    expect(await targetProfilesItem.getValue()).toEqual(v2);
    expect(await targetProfilesItem.getMeta()).toEqual({ v: 2 });
  });

  it('saves and reads back an edited list', async () => {
    await targetProfilesItem.setValue(v2);
    expect(await targetProfilesItem.getValue()).toEqual(v2);
  });

  it('keeps the default rating bands until the official edits them', async () => {
    expect(await ratingBandsItem.getValue()).toEqual(DEFAULT_RATING_BANDS);
    const edited = [
      { label: 'Đạt', min: 60 },
      { label: 'Chưa đạt', min: 0 },
    ];
    await ratingBandsItem.setValue(edited);
    expect(await ratingBandsItem.getValue()).toEqual(edited);
  });
});
