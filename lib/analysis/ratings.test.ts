import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATING_BANDS,
  parseRatingBands,
  RATING_NOTE,
  type RatingBand,
  rateScore,
} from './ratings';

describe('rateScore with the default bands', () => {
  it.each([
    [100, 'Xuất sắc'],
    [90, 'Xuất sắc'],
    [89.99, 'Tốt'],
    [87.18, 'Tốt'],
    [80.11, 'Tốt'],
    [70, 'Tốt'],
    [69.99, 'Trung bình'],
    [50, 'Trung bình'],
    [49.99, 'Yếu'],
    [0, 'Yếu'],
    [90 - 1e-12, 'Xuất sắc'],
    [null, null],
    [Number.NaN, null],
    [-1, null],
  ])('%s → %s', (score, label) => {
    expect(rateScore(score, DEFAULT_RATING_BANDS)?.label ?? null).toBe(label);
  });

  it('gives English labels too', () => {
    expect(DEFAULT_RATING_BANDS.map((b) => b.labelEn)).toEqual([
      'Excellent',
      'Good',
      'Average',
      'Weak',
    ]);
  });

  it('says the bands are a convention, not QĐ 766', () => {
    expect(RATING_NOTE).toContain('766/QĐ-TTg');
    expect(RATING_NOTE).toContain('quy ước');
  });

  it('does not depend on the order bands are given in', () => {
    const shuffled = [...DEFAULT_RATING_BANDS].reverse();
    expect(rateScore(75, shuffled)?.label).toBe('Tốt');
  });

  it('works with five user bands (with Khá)', () => {
    const five: RatingBand[] = [
      { label: 'Xuất sắc', min: 90 },
      { label: 'Tốt', min: 80 },
      { label: 'Khá', min: 70 },
      { label: 'Trung bình', min: 50 },
      { label: 'Yếu, kém', min: 0 },
    ];
    expect(parseRatingBands(five).ok).toBe(true);
    expect(rateScore(75, five)?.label).toBe('Khá');
  });
});

describe('parseRatingBands', () => {
  it('accepts the defaults', () => {
    expect(parseRatingBands(DEFAULT_RATING_BANDS)).toEqual({
      ok: true,
      bands: DEFAULT_RATING_BANDS,
    });
  });

  const bands = (...mins: number[]) => mins.map((min, i) => ({ label: `Mức ${i + 1}`, min }));

  it.each([
    ['not a list', 'x', 'danh sách mức xếp loại phải là một mảng'],
    ['no band', [], 'cần ít nhất một mức'],
    ['ascending', bands(50, 90, 0), '[1].min: mức điểm tối thiểu phải nhỏ hơn mức phía trên (50)'],
    ['a repeated minimum', bands(90, 90, 0), '[1].min'],
    ['last band above 0', bands(90, 50), '[1].min: mức cuối cùng phải bắt đầu từ 0'],
    ['above 100', bands(120, 0), '[0].min: mức điểm tối thiểu phải từ 0 đến 100 (nhận 120)'],
    ['below 0', bands(50, -5), 'nhận -5'],
    ['an empty label', [{ label: ' ', min: 0 }], '[0].label: tên mức xếp loại không được để trống'],
    [
      'a repeated label',
      [
        { label: 'Tốt', min: 50 },
        { label: 'Tốt', min: 0 },
      ],
      '[1].label: tên mức xếp loại "Tốt" bị trùng',
    ],
    ['a missing minimum', [{ label: 'Tốt' }], 'thiếu mức điểm tối thiểu'],
  ])('refuses %s', (_label, value, message) => {
    const result = parseRatingBands(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^Thang xếp loại không hợp lệ: /);
      expect(result.error).toContain(message);
    }
  });
});
