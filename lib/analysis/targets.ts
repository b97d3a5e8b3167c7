/**
 * Target profiles: the annual "chỉ tiêu" officials are held to (domain brief §4.3). They are
 * policy, not scoring: a unit can meet its target and still miss the full-score threshold of
 * §4.1, and the other way round, so the two are evaluated separately (see evaluate.ts).
 * The file they are exchanged in is target-file.ts's business: it needs these types, so this
 * module must not import it back.
 */

export interface TargetRule {
  /** A catalogue code (lib/model/criteria.ts). */
  criterion: string;
  /** Percent, 0–100: the ratio must be at least this. */
  min: number;
  note: string;
}

export interface TargetProfile {
  id: string;
  name: string;
  years: number[];
  rules: TargetRule[];
  /** Where the figures come from, so nobody mistakes a convention for law. */
  source: string;
  /** Shipped with the extension: editable, never removable. */
  builtIn?: boolean;
}

export const DEFAULT_PROFILE_ID = 'default-2024';

export const DEFAULT_PROFILE: TargetProfile = {
  id: DEFAULT_PROFILE_ID,
  name: 'Mục tiêu 2024 (chỉ đạo cấp huyện)',
  // 2025 and 2026 fall back to the 2024 figures because they are the only ones found in any
  // source, and the portal's data start in 2026; a profile the officials create for one of
  // those years takes precedence (profileForYear).
  years: [2024, 2025, 2026],
  source:
    'Số liệu lấy từ văn bản chỉ đạo cấp huyện về kết quả năm 2024 (ví dụ UBND huyện Gò Dầu, ' +
    'tỉnh Tây Ninh, về kết quả tháng 9/2024). Chưa tìm thấy văn bản cấp quốc gia quy định các ' +
    'con số này; có thể chỉnh sửa.',
  builtIn: true,
  rules: [
    {
      criterion: 'ONLINE_DOSSIER_SHARE',
      min: 52,
      note: 'Hồ sơ trực tuyến đạt từ 52% tổng số hồ sơ tiếp nhận.',
    },
    {
      criterion: 'ONLINE_PAYMENT_SHARE',
      min: 47,
      note:
        'Thanh toán trực tuyến phí, lệ phí đạt từ 47% đối với TTHC có thu phí; đo bằng tỷ lệ hồ ' +
        'sơ thanh toán trực tuyến trên hồ sơ có nghĩa vụ tài chính.',
    },
    {
      criterion: 'REUSED_DIGITIZED_DATA',
      min: 52,
      note: 'Khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt từ 52%.',
    },
    {
      criterion: 'PETITION_PROCESSING_ON_TIME',
      min: 100,
      note: 'Xử lý phản ánh, kiến nghị (PAKN) đúng hạn 100%.',
    },
    { criterion: 'PUBLISH_ON_TIME', min: 100, note: 'Công bố, công khai TTHC đúng hạn 100%.' },
    {
      criterion: 'DOSSIER_RECEIVING_SATISFACTION',
      min: 92,
      note: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC đạt từ 92%.',
    },
  ],
};

/**
 * The profile that applies to `year`. A user profile wins over the built-in one; when several
 * user profiles claim the same year, the one listed last wins, because the dashboard appends
 * new profiles and the newest decision should count.
 */
export function profileForYear(
  profiles: readonly TargetProfile[],
  year: number,
): TargetProfile | null {
  const claiming = profiles.filter((p) => p.years.includes(year));
  const user = claiming.filter((p) => !p.builtIn);
  return user.at(-1) ?? claiming.at(-1) ?? null;
}

export function ruleFor(profile: TargetProfile | null, criterion: string): TargetRule | null {
  return profile?.rules.find((r) => r.criterion === criterion) ?? null;
}

/** `base`, else `base-2`, `base-3`, … whichever is free. */
export function uniqueProfileId(profiles: readonly TargetProfile[], base: string): string {
  const taken = new Set(profiles.map((p) => p.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function cloneProfile(profile: TargetProfile): TargetProfile {
  return {
    ...profile,
    years: [...profile.years],
    rules: profile.rules.map((r) => ({ ...r })),
  };
}

/** Appends a user profile; a taken id gets a suffix rather than shadowing another profile. */
export function addProfile(
  profiles: readonly TargetProfile[],
  profile: TargetProfile,
): TargetProfile[] {
  const { builtIn: _ignored, ...user } = cloneProfile(profile);
  return [...profiles, { ...user, id: uniqueProfileId(profiles, profile.id) }];
}

/** Replaces the profile with the same id; whether it is built in is not the caller's to change. */
export function updateProfile(
  profiles: readonly TargetProfile[],
  profile: TargetProfile,
): TargetProfile[] {
  return profiles.map((p) => {
    if (p.id !== profile.id) return p;
    const { builtIn: _ignored, ...changes } = cloneProfile(profile);
    return p.builtIn ? { ...changes, builtIn: true } : changes;
  });
}

export const COPY_SUFFIX = ' (bản sao)';
const NAME_MAX = 200;

/** A user-owned copy, so officials can start a new year from the built-in figures. */
export function copyProfile(
  profile: TargetProfile,
  newId: string,
  nameSuffix: string = COPY_SUFFIX,
): TargetProfile {
  const { builtIn: _ignored, ...copy } = cloneProfile(profile);
  // Cut by UTF-16 length, as the schema measures it, so a copy always validates.
  const name = `${profile.name}${nameSuffix}`.slice(0, NAME_MAX);
  return { ...copy, id: newId, name };
}

/** The built-in profile stays: without it a year could silently lose every target. */
export function removeProfile(profiles: readonly TargetProfile[], id: string): TargetProfile[] {
  return profiles.filter((p) => p.id !== id || p.builtIn === true);
}
