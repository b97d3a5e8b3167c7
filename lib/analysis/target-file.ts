import { z } from 'zod';
import { isKnownCriterion } from '../model/criteria';
import { describeIssues, duplicateIndexes, typeError } from './issues';
import type { TargetProfile } from './targets';

/*
 * The file officials exchange to share target profiles between machines. It describes
 * targets only: whether a profile is built in is the extension's business, so the flag is
 * neither written nor read.
 */

export const PROFILES_FILE_FORMAT = 'chiso766-target-profiles';
const MAX_FILE_CHARS = 1_000_000;

const percentRange = (issue: { input?: unknown }) =>
  `ngưỡng tối thiểu phải từ 0 đến 100 (nhận ${String(issue.input)})`;
const yearRange = (issue: { input?: unknown }) =>
  `năm áp dụng phải từ 2020 đến 2100 (nhận ${String(issue.input)})`;

export const targetRuleSchema = z.object({
  criterion: z.string({ error: typeError('mã chỉ tiêu', 'chuỗi ký tự') }).refine(isKnownCriterion, {
    error: (issue) => `mã chỉ tiêu "${String(issue.input)}" không có trong danh mục`,
  }),
  min: z
    .number({ error: typeError('ngưỡng tối thiểu', 'số') })
    .min(0, { error: percentRange })
    .max(100, { error: percentRange }),
  note: z
    .string({ error: typeError('ghi chú', 'chuỗi ký tự') })
    .max(1000, 'ghi chú dài quá 1000 ký tự')
    .default(''),
});

export const profileSchema = z.object({
  id: z
    .string({ error: typeError('mã bộ mục tiêu', 'chuỗi ký tự') })
    .trim()
    .min(1, 'mã bộ mục tiêu không được để trống')
    .max(100, 'mã bộ mục tiêu dài quá 100 ký tự'),
  name: z
    .string({ error: typeError('tên bộ mục tiêu', 'chuỗi ký tự') })
    .trim()
    .min(1, 'tên bộ mục tiêu không được để trống')
    .max(200, 'tên bộ mục tiêu dài quá 200 ký tự'),
  years: z
    .array(
      z
        .number({ error: typeError('năm áp dụng', 'số') })
        .int('năm áp dụng phải là số nguyên')
        .min(2020, { error: yearRange })
        .max(2100, { error: yearRange }),
      { error: typeError('danh sách năm áp dụng', 'một mảng') },
    )
    .min(1, 'cần ít nhất một năm áp dụng')
    .superRefine((years, ctx) => {
      for (const i of duplicateIndexes(years)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `năm ${years[i]} bị lặp` });
      }
    }),
  rules: z
    .array(targetRuleSchema, { error: typeError('danh sách chỉ tiêu', 'một mảng') })
    .superRefine((rules, ctx) => {
      for (const i of duplicateIndexes(rules.map((r) => r.criterion))) {
        const message = `chỉ tiêu "${rules[i]?.criterion}" có hai ngưỡng trong cùng một bộ mục tiêu`;
        ctx.addIssue({ code: 'custom', path: [i, 'criterion'], message });
      }
    }),
  source: z
    .string({ error: typeError('nguồn số liệu', 'chuỗi ký tự') })
    .max(2000, 'nguồn số liệu dài quá 2000 ký tự')
    .default(''),
});

export const profilesFileSchema = z.object(
  {
    format: z.literal(PROFILES_FILE_FORMAT, {
      error: `không phải tệp bộ mục tiêu của tiện ích (cần format "${PROFILES_FILE_FORMAT}")`,
    }),
    version: z.literal(1, {
      error: (issue) =>
        issue.input === undefined
          ? 'thiếu phiên bản tệp (version)'
          : `phiên bản tệp ${String(issue.input)} chưa được hỗ trợ (cần 1)`,
    }),
    profiles: z
      .array(profileSchema, { error: typeError('danh sách bộ mục tiêu', 'một mảng') })
      .superRefine((profiles, ctx) => {
        for (const i of duplicateIndexes(profiles.map((p) => p.id))) {
          const message = `mã bộ mục tiêu "${profiles[i]?.id}" bị trùng`;
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message });
        }
      }),
  },
  { error: 'nội dung tệp phải là một đối tượng JSON' },
);

export type ProfilesFileResult =
  | { ok: true; profiles: TargetProfile[] }
  | { ok: false; error: string };

const FAILURE = 'Tệp bộ mục tiêu không hợp lệ';

/** Never throws: whatever the file holds, the official gets a sentence naming the field. */
export function parseProfilesFile(text: string): ProfilesFileResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, error: `${FAILURE}: tệp rỗng.` };
  }
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, error: `${FAILURE}: tệp quá lớn (hơn ${MAX_FILE_CHARS} ký tự).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${FAILURE}: không đọc được JSON (${detail}).` };
  }
  const parsed = profilesFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `${FAILURE}: ${describeIssues(parsed.error)}.` };
  return { ok: true, profiles: parsed.data.profiles };
}

export function serializeProfiles(profiles: readonly TargetProfile[]): string {
  const file = {
    format: PROFILES_FILE_FORMAT,
    version: 1,
    profiles: profiles.map(({ id, name, years, rules, source }) => ({
      id,
      name,
      years,
      rules,
      source,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
