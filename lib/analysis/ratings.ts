import { z } from 'zod';
import { describeIssues, duplicateIndexes, typeError } from './issues';

/**
 * Rating bands for a unit's total score. The 2026 API returns no classification and no
 * official cut-offs were found (domain brief §5, §13 #11); the defaults follow the four bands
 * officials' own reports use (no "Khá") and stay editable.
 */
export interface RatingBand {
  label: string;
  labelEn?: string;
  /** Lowest score (out of 100) that earns this band. */
  min: number;
}

export const RATING_NOTE =
  'Thang xếp loại này là quy ước của tiện ích: chưa tìm thấy bảng xếp loại chính thức trong ' +
  'Quyết định số 766/QĐ-TTg. Có thể chỉnh sửa các mức.';

/** Xuất sắc ≥ 90, Tốt 70 to < 90, Trung bình 50 to < 70, Yếu < 50. */
export const DEFAULT_RATING_BANDS: readonly RatingBand[] = [
  { label: 'Xuất sắc', labelEn: 'Excellent', min: 90 },
  { label: 'Tốt', labelEn: 'Good', min: 70 },
  { label: 'Trung bình', labelEn: 'Average', min: 50 },
  { label: 'Yếu', labelEn: 'Weak', min: 0 },
];

// A total summed from two-decimal group scores may sit a hair under a round cut-off.
const EPSILON = 1e-9;

/** The band the score falls in; null without a score (missing is not "Yếu"). */
export function rateScore(score: number | null, bands: readonly RatingBand[]): RatingBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  return ordered.find((band) => score >= band.min - EPSILON) ?? null;
}

const bandMinRange = (issue: { input?: unknown }) =>
  `mức điểm tối thiểu phải từ 0 đến 100 (nhận ${String(issue.input)})`;

const bandSchema = z.object({
  label: z
    .string({ error: typeError('tên mức xếp loại', 'chuỗi ký tự') })
    .trim()
    .min(1, 'tên mức xếp loại không được để trống')
    .max(50, 'tên mức xếp loại dài quá 50 ký tự'),
  labelEn: z
    .string({ error: typeError('tên tiếng Anh', 'chuỗi ký tự') })
    .trim()
    .max(50, 'tên tiếng Anh dài quá 50 ký tự')
    .optional(),
  min: z
    .number({ error: typeError('mức điểm tối thiểu', 'số') })
    .min(0, { error: bandMinRange })
    .max(100, { error: bandMinRange }),
});

/** Highest band first, each strictly below the one before, the last open down to 0. */
export const ratingBandsSchema = z
  .array(bandSchema, { error: typeError('danh sách mức xếp loại', 'một mảng') })
  .min(1, 'cần ít nhất một mức xếp loại')
  .max(10, 'tối đa 10 mức xếp loại')
  .superRefine((bands, ctx) => {
    bands.forEach((band, i) => {
      const before = bands[i - 1];
      if (before && band.min >= before.min) {
        const message = `mức điểm tối thiểu phải nhỏ hơn mức phía trên (${before.min})`;
        ctx.addIssue({ code: 'custom', path: [i, 'min'], message });
      }
    });
    for (const i of duplicateIndexes(bands.map((b) => b.label.normalize('NFC')))) {
      const message = `tên mức xếp loại "${bands[i]?.label}" bị trùng`;
      ctx.addIssue({ code: 'custom', path: [i, 'label'], message });
    }
    const last = bands.at(-1);
    if (last && last.min !== 0) {
      const message = 'mức cuối cùng phải bắt đầu từ 0 để điểm nào cũng được xếp loại';
      ctx.addIssue({ code: 'custom', path: [bands.length - 1, 'min'], message });
    }
  });

export type RatingBandsResult = { ok: true; bands: RatingBand[] } | { ok: false; error: string };

/** Checks bands an official edited; never throws. */
export function parseRatingBands(value: unknown): RatingBandsResult {
  const parsed = ratingBandsSchema.safeParse(value);
  if (parsed.success) return { ok: true, bands: parsed.data };
  return { ok: false, error: `Thang xếp loại không hợp lệ: ${describeIssues(parsed.error)}.` };
}
