import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../lib/model/criteria';
import { ITEM_WORDS, itemWordOf } from '../../lib/report/item-words';
import { itemsNeeded } from '../../lib/report/items-needed';
import {
  fmtAsOf,
  fmtCount,
  fmtDocumentDate,
  fmtPercent,
  fmtPoints,
  fmtScore,
  fmtTarget,
} from '../../lib/report/report-format';

describe('items needed to reach a target', () => {
  it('is ceil(target% × denominator − numerator), at least 0', () => {
    // reports.md §1.7: Phú Thọ 08/2026, reuse of digitised data, 3 158 of 184 503 dossiers.
    expect(itemsNeeded(3158, 184503, 52)).toBe(92784);
    expect(itemsNeeded(182, 247, 100)).toBe(65);
    expect(itemsNeeded(60, 100, 52)).toBe(0);
    expect(itemsNeeded(52, 100, 52)).toBe(0);
    expect(itemsNeeded(51, 100, 52)).toBe(1);
  });

  it('is not thrown off by binary floating point', () => {
    // 16.1 × 1000 / 100 is 161.00000000000003 in floating point; a bare ceil asks for 162.
    expect((16.1 * 1000) / 100).toBeGreaterThan(161);
    expect(itemsNeeded(0, 1000, 16.1)).toBe(161);
    expect((7 / 100) * 100).toBeGreaterThan(7);
    expect(itemsNeeded(0, 100, 7)).toBe(7);
    expect(itemsNeeded(0, 100, 52)).toBe(52);
    expect(itemsNeeded(0, 1000, 32.3)).toBe(323);
  });

  it('says nothing when the counts cannot carry it', () => {
    expect(itemsNeeded(null, 100, 52)).toBeNull();
    expect(itemsNeeded(10, null, 52)).toBeNull();
    expect(itemsNeeded(0, 0, 52)).toBeNull();
    expect(itemsNeeded(10, 100, null)).toBeNull();
    // A ratio that is not numerator ÷ denominator (a formula, not a count share).
    expect(itemsNeeded(50, 100, 92, 78.22)).toBeNull();
    expect(itemsNeeded(144315, 184503, 92, 78.22)).toBe(25428);
  });
});

describe('item words', () => {
  it('name what every catalogue criterion counts', () => {
    for (const c of CRITERIA) expect(ITEM_WORDS[c.code], c.code).toBeDefined();
    expect(itemWordOf('REUSED_DIGITIZED_DATA').vi).toBe('hồ sơ');
    expect(itemWordOf('PETITION_PROCESSING_ON_TIME').viLong).toBe('phản ánh, kiến nghị (PAKN)');
    expect(itemWordOf('PUBLISH_ON_TIME').vi).toBe('TTHC');
    expect(itemWordOf('SOMETHING_NEW').en).toBe('items');
  });
});

describe('report numbers and times', () => {
  it('writes numbers as Vietnamese reports do', () => {
    expect(fmtScore(84.41, 'vi')).toBe('84,41');
    expect(fmtScore(10.7, 'vi')).toBe('10,7');
    expect(fmtScore(6, 'vi')).toBe('6');
    expect(fmtScore(null, 'vi')).toBe('—');
    expect(fmtPercent(80.9, 'vi')).toBe('80,90%');
    expect(fmtTarget(52, 'vi')).toBe('52%');
    expect(fmtCount(174091, 'vi')).toBe('174.091');
    expect(fmtCount(174091, 'en')).toBe('174,091');
    expect(fmtPoints(-13.78, 'vi')).toBe('13,78');
  });

  it('states times in Vietnam, whatever the machine zone', () => {
    expect(fmtAsOf('2024-10-04T09:30:00Z', 'vi')).toBe('16 giờ 30 phút ngày 04/10/2024');
    expect(fmtAsOf('2026-09-26T18:14:39.135545+00:00', 'vi')).toBe(
      '01 giờ 14 phút ngày 27/09/2026',
    );
  });

  it('pads days below 10 and months below 3 in a document date (NĐ 30)', () => {
    expect(fmtDocumentDate(new Date('2026-02-03T05:00:00Z'))).toEqual({
      day: '03',
      month: '02',
      year: '2026',
    });
    expect(fmtDocumentDate(new Date('2026-08-15T05:00:00Z'))).toEqual({
      day: '15',
      month: '8',
      year: '2026',
    });
    // 31/12 at 20:00 UTC is already 01/01 in Hà Nội.
    expect(fmtDocumentDate(new Date('2026-12-31T20:00:00Z'))).toEqual({
      day: '01',
      month: '01',
      year: '2027',
    });
  });
});
