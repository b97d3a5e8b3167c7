import { describe, expect, it } from 'vitest';
import { parseProfilesFile, serializeProfiles } from './target-file';
import {
  addProfile,
  COPY_SUFFIX,
  copyProfile,
  DEFAULT_PROFILE,
  DEFAULT_PROFILE_ID,
  profileForYear,
  removeProfile,
  ruleFor,
  type TargetProfile,
  uniqueProfileId,
  updateProfile,
} from './targets';

const user = (id: string, years: number[], min = 60): TargetProfile => ({
  id,
  name: `Mục tiêu ${id}`,
  years,
  rules: [{ criterion: 'ONLINE_DOSSIER_SHARE', min, note: '' }],
  source: 'Kế hoạch của tỉnh',
});

const fileWith = (profiles: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'chiso766-target-profiles', version: 1, profiles, ...extra });

describe('default profile', () => {
  it('carries the six district-directive targets of 2024', () => {
    expect(DEFAULT_PROFILE).toMatchObject({
      id: 'default-2024',
      name: 'Mục tiêu 2024 (chỉ đạo cấp huyện)',
      years: [2024, 2025, 2026],
      builtIn: true,
    });
    expect(Object.fromEntries(DEFAULT_PROFILE.rules.map((r) => [r.criterion, r.min]))).toEqual({
      ONLINE_DOSSIER_SHARE: 52,
      ONLINE_PAYMENT_SHARE: 47,
      REUSED_DIGITIZED_DATA: 52,
      PETITION_PROCESSING_ON_TIME: 100,
      PUBLISH_ON_TIME: 100,
      DOSSIER_RECEIVING_SATISFACTION: 92,
    });
    expect(DEFAULT_PROFILE.source).toContain('Gò Dầu');
    expect(DEFAULT_PROFILE.source).toContain('có thể chỉnh sửa');
  });

  it('is itself a valid file entry', () => {
    const result = parseProfilesFile(serializeProfiles([DEFAULT_PROFILE]));
    expect(result.ok).toBe(true);
  });
});

describe('profileForYear', () => {
  const a = user('a', [2026]);
  const b = user('b', [2026, 2027]);
  it.each([
    ['only the built-in claims 2025', [DEFAULT_PROFILE, a], 2025, DEFAULT_PROFILE_ID],
    ['a user profile beats the built-in', [DEFAULT_PROFILE, a], 2026, 'a'],
    ['the user profile listed last wins', [DEFAULT_PROFILE, a, b], 2026, 'b'],
    ['… whatever the order', [b, a, DEFAULT_PROFILE], 2026, 'a'],
    ['nobody claims 2023', [DEFAULT_PROFILE, a, b], 2023, null],
    ['a year only a user profile claims', [DEFAULT_PROFILE, a, b], 2027, 'b'],
    ['an empty list', [], 2026, null],
  ] as const)('%s', (_label, profiles, year, expected) => {
    expect(profileForYear(profiles, year)?.id ?? null).toBe(expected);
  });

  it('finds a rule of the chosen profile', () => {
    expect(ruleFor(DEFAULT_PROFILE, 'DOSSIER_RECEIVING_SATISFACTION')?.min).toBe(92);
    expect(ruleFor(DEFAULT_PROFILE, 'DOSSIER_SYNC')).toBeNull();
    expect(ruleFor(null, 'DOSSIER_SYNC')).toBeNull();
  });
});

describe('profile operations', () => {
  const base = [DEFAULT_PROFILE];

  it('adds a user profile without touching the input', () => {
    const next = addProfile(base, { ...user('x', [2027]), builtIn: true });
    expect(base).toHaveLength(1);
    expect(next.map((p) => p.id)).toEqual([DEFAULT_PROFILE_ID, 'x']);
    expect(next[1]?.builtIn).toBeUndefined();
  });

  it.each([
    [['x'], 'x', 'x-2'],
    [['x', 'x-2'], 'x', 'x-3'],
    [[], 'x', 'x'],
  ])('ids %j: %s becomes %s', (ids, wanted, expected) => {
    const profiles = ids.map((id) => user(id, [2027]));
    expect(uniqueProfileId(profiles, wanted)).toBe(expected);
    expect(addProfile(profiles, user(wanted, [2027])).at(-1)?.id).toBe(expected);
  });

  it('updates by id and keeps the built-in flag', () => {
    const edited = { ...DEFAULT_PROFILE, builtIn: false, rules: [] };
    const next = updateProfile(base, edited);
    expect(next[0]).toMatchObject({ rules: [], builtIn: true });
    expect(DEFAULT_PROFILE.rules).toHaveLength(6);
    expect(updateProfile(base, user('nobody', [2026]))).toEqual(base);
  });

  it('copies the built-in into an editable user profile', () => {
    const copy = copyProfile(DEFAULT_PROFILE, 'mine');
    expect(copy).toMatchObject({ id: 'mine', name: `${DEFAULT_PROFILE.name}${COPY_SUFFIX}` });
    expect(copy.builtIn).toBeUndefined();
    expect(copy.name).toBe('Mục tiêu 2024 (chỉ đạo cấp huyện) (bản sao)');
    copy.rules[0] = { criterion: 'DOSSIER_SYNC', min: 1, note: '' };
    copy.years.push(2030);
    expect(DEFAULT_PROFILE.rules[0]?.criterion).toBe('ONLINE_DOSSIER_SHARE');
    expect(DEFAULT_PROFILE.years).toEqual([2024, 2025, 2026]);
  });

  it('keeps a copied long name within the 200-character limit', () => {
    const long = { ...user('l', [2026]), name: 'Đ'.repeat(200) };
    const copy = copyProfile(long, 'l2');
    expect(copy.name).toHaveLength(200);
    expect(parseProfilesFile(serializeProfiles([copy])).ok).toBe(true);
  });

  it.each([
    ['a user profile', 'a', [DEFAULT_PROFILE_ID]],
    ['the built-in one (refused)', DEFAULT_PROFILE_ID, [DEFAULT_PROFILE_ID, 'a']],
    ['an unknown id', 'zzz', [DEFAULT_PROFILE_ID, 'a']],
  ])('removes %s', (_label, id, left) => {
    const profiles = [DEFAULT_PROFILE, user('a', [2026])];
    expect(removeProfile(profiles, id).map((p) => p.id)).toEqual(left);
    expect(profiles).toHaveLength(2);
  });
});

describe('profiles file', () => {
  it('round-trips user profiles and drops the built-in flag', () => {
    const profiles = [DEFAULT_PROFILE, user('a', [2026, 2027], 55.5)];
    const result = parseProfilesFile(serializeProfiles(profiles));
    expect(result).toEqual({
      ok: true,
      profiles: profiles.map(({ builtIn: _b, ...p }) => p),
    });
  });

  it('fills an absent note and source with empty text', () => {
    const result = parseProfilesFile(
      fileWith([
        { id: 'a', name: 'A', years: [2026], rules: [{ criterion: 'DOSSIER_SYNC', min: 90 }] },
      ]),
    );
    expect(result).toEqual({
      ok: true,
      profiles: [
        {
          id: 'a',
          name: 'A',
          years: [2026],
          source: '',
          rules: [{ criterion: 'DOSSIER_SYNC', min: 90, note: '' }],
        },
      ],
    });
  });

  const good = { id: 'a', name: 'A', years: [2026], rules: [], source: '' };
  const rule = (criterion: unknown, min: unknown) => ({ ...good, rules: [{ criterion, min }] });

  it.each([
    ['empty text', '', 'tệp rỗng'],
    ['bad JSON', '{"format": ', 'không đọc được JSON'],
    ['not an object', '42', 'đối tượng JSON'],
    ['another format', fileWith([], { format: 'other' }), 'chiso766-target-profiles'],
    ['a future version', fileWith([], { version: 2 }), 'phiên bản tệp 2'],
    ['no version', fileWith([], { version: undefined }), 'thiếu phiên bản tệp'],
    ['profiles not a list', fileWith('x'), 'profiles: danh sách bộ mục tiêu phải là một mảng'],
    [
      'unknown criterion',
      fileWith([rule('FOO', 50)]),
      'profiles[0].rules[0].criterion: mã chỉ tiêu "FOO"',
    ],
    [
      'min 120',
      fileWith([rule('DOSSIER_SYNC', 120)]),
      'profiles[0].rules[0].min: ngưỡng tối thiểu phải từ 0 đến 100 (nhận 120)',
    ],
    ['min −1', fileWith([rule('DOSSIER_SYNC', -1)]), 'profiles[0].rules[0].min'],
    ['min as text', fileWith([rule('DOSSIER_SYNC', '52')]), 'ngưỡng tối thiểu phải là số'],
    [
      'missing min',
      fileWith([{ ...good, rules: [{ criterion: 'DOSSIER_SYNC' }] }]),
      'thiếu ngưỡng tối thiểu',
    ],
    [
      'empty name',
      fileWith([{ ...good, name: '' }]),
      'profiles[0].name: tên bộ mục tiêu không được để trống',
    ],
    ['blank name', fileWith([{ ...good, name: '   ' }]), 'tên bộ mục tiêu không được để trống'],
    ['name of 201 chars', fileWith([{ ...good, name: 'a'.repeat(201) }]), 'dài quá 200 ký tự'],
    ['missing name', fileWith([{ ...good, name: undefined }]), 'thiếu tên bộ mục tiêu'],
    [
      'year 2019',
      fileWith([{ ...good, years: [2019] }]),
      'profiles[0].years[0]: năm áp dụng phải từ 2020 đến 2100',
    ],
    [
      'year 2101',
      fileWith([{ ...good, years: [2101] }]),
      'năm áp dụng phải từ 2020 đến 2100 (nhận 2101)',
    ],
    ['year 2026.5', fileWith([{ ...good, years: [2026.5] }]), 'số nguyên'],
    ['no year', fileWith([{ ...good, years: [] }]), 'cần ít nhất một năm'],
    [
      'a repeated year',
      fileWith([{ ...good, years: [2026, 2026] }]),
      'profiles[0].years[1]: năm 2026 bị lặp',
    ],
    [
      'a repeated criterion',
      fileWith([
        {
          ...good,
          rules: [
            { criterion: 'DOSSIER_SYNC', min: 1 },
            { criterion: 'DOSSIER_SYNC', min: 2 },
          ],
        },
      ]),
      'profiles[0].rules[1].criterion',
    ],
    ['a repeated id', fileWith([good, good]), 'profiles[1].id: mã bộ mục tiêu "a" bị trùng'],
  ])('refuses %s', (_label, text, message) => {
    const result = parseProfilesFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^Tệp bộ mục tiêu không hợp lệ: /);
      expect(result.error).toContain(message);
    }
  });

  it('summarises many issues instead of listing them all', () => {
    const many = Array.from({ length: 5 }, (_, i) => rule(`BAD_${i}`, 50));
    const result = parseProfilesFile(fileWith(many.map((p, i) => ({ ...p, id: `p${i}` }))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('(+2 lỗi khác)');
  });

  it('never throws on odd input', () => {
    for (const text of ['null', '[]', '"x"', 'true', '{}', '\u0000']) {
      expect(() => parseProfilesFile(text)).not.toThrow();
      expect(parseProfilesFile(text).ok).toBe(false);
    }
  });
});
