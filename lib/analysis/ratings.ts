import { z } from 'zod';
import type { Locale } from '../format/vietnamese';
import { coded } from '../i18n/coded-message';
import { translate } from '../i18n/strings';
import { describeIssues, duplicateIndexes, rangeError, typeError } from './issues';

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

const bandMinRange = rangeError('fieldBandMin', 0, 100);

const bandSchema = z.object({
  label: z
    .string({ error: typeError('fieldBandLabel', 'typeText') })
    .trim()
    .min(1, coded('valEmpty', { field: 'fieldBandLabel' }))
    .max(50, coded('valTooLong', { field: 'fieldBandLabel', max: 50 })),
  labelEn: z
    .string({ error: typeError('fieldBandLabelEn', 'typeText') })
    .trim()
    .max(50, coded('valTooLong', { field: 'fieldBandLabelEn', max: 50 }))
    .optional(),
  min: z
    .number({ error: typeError('fieldBandMin', 'typeNumber') })
    .min(0, { error: bandMinRange })
    .max(100, { error: bandMinRange }),
});

/** Highest band first, each strictly below the one before, the last open down to 0. */
export const ratingBandsSchema = z
  .array(bandSchema, { error: typeError('fieldBands', 'typeList') })
  .min(1, coded('valAtLeastOne', { field: 'fieldBand' }))
  .max(10, coded('valAtMost', { field: 'fieldBand', max: 10 }))
  .superRefine((bands, ctx) => {
    bands.forEach((band, i) => {
      const before = bands[i - 1];
      if (before && band.min >= before.min) {
        const message = coded('valBandOrder', { value: before.min });
        ctx.addIssue({ code: 'custom', path: [i, 'min'], message });
      }
    });
    for (const i of duplicateIndexes(bands.map((b) => b.label.normalize('NFC')))) {
      const message = coded('valDuplicate', {
        field: 'fieldBandLabel',
        value: bands[i]?.label ?? '',
      });
      ctx.addIssue({ code: 'custom', path: [i, 'label'], message });
    }
    const last = bands.at(-1);
    if (last && last.min !== 0) {
      const message = coded('valLastBand');
      ctx.addIssue({ code: 'custom', path: [bands.length - 1, 'min'], message });
    }
  });

export type RatingBandsResult = { ok: true; bands: RatingBand[] } | { ok: false; error: string };

/** Checks bands an official edited; never throws; says what is wrong in the UI language. */
export function parseRatingBands(value: unknown, locale: Locale = 'vi'): RatingBandsResult {
  const parsed = ratingBandsSchema.safeParse(value);
  if (parsed.success) return { ok: true, bands: parsed.data };
  const detail = describeIssues(parsed.error, locale);
  return { ok: false, error: translate(locale, 'valBands', { detail }) };
}
