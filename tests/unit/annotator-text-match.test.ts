import { describe, expect, it } from 'vitest';
import { normalizeLabel, ratioTexts, scoreTexts, valueTexts } from '../../lib/annotator/text-match';

describe('normalizeLabel', () => {
  it('matches a decomposed name with its NFC form (domain-766 §8.6)', () => {
    // "ư" as u + horn, "ờ" as o + horn + grave, "ú" as u + acute: the way a real capture wrote it.
    const decomposed = 'UBND phu\u031Bo\u031B\u0300ng Long Phu\u0301';
    const composed = 'UBND phường Long Phú';
    expect(decomposed).not.toBe(composed);
    expect(normalizeLabel(decomposed)).toBe(normalizeLabel(composed));
    expect(normalizeLabel(decomposed)).toBe('ubnd phường long phú');
  });

  it('collapses whitespace including NBSP and trims', () => {
    expect(normalizeLabel('  UBND\u00a0xã \n\t Yên   Lạc ')).toBe('ubnd xã yên lạc');
    expect(normalizeLabel('Văn phòng\u2009UBND')).toBe('văn phòng ubnd');
  });

  it('lower-cases Vietnamese capitals with their marks', () => {
    expect(normalizeLabel('UBND XÃ ĐỒNG ĐẬU')).toBe('ubnd xã đồng đậu');
    expect(normalizeLabel('Ủy Ban')).toBe(normalizeLabel('ỦY BAN'));
  });
});

describe('scoreTexts', () => {
  it('gives comma and dot forms with two decimals', () => {
    expect(scoreTexts(7.96).toSorted()).toEqual(['7,96', '7.96']);
  });

  it('adds the shorter forms only when they are exact', () => {
    expect(scoreTexts(8).toSorted()).toEqual(['8', '8,0', '8,00', '8.0', '8.00']);
    expect(scoreTexts(7.5).toSorted()).toEqual(['7,5', '7,50', '7.5', '7.50']);
    expect(scoreTexts(7.96)).not.toContain('8');
    expect(scoreTexts(7.96)).not.toContain('8,0');
  });

  it('survives float noise', () => {
    expect(scoreTexts(0.1 + 0.2)).toContain('0,30');
    expect(scoreTexts(0.1 + 0.2)).toContain('0,3');
    expect(scoreTexts(100)).toContain('100,00');
  });

  it('adds percent variants for ratios, with and without a space', () => {
    const forms = ratioTexts(97.75);
    for (const form of ['97,75', '97.75', '97,75%', '97,75 %', '97.75%', '97.75 %']) {
      expect(forms).toContain(form);
    }
    expect(scoreTexts(97.75)).not.toContain('97,75%');
    // An NBSP before % normalizes to the plain-space form.
    expect(forms).toContain(normalizeLabel('97,75\u00a0%'));
  });

  it('has no forms for non-finite values and dashes for null', () => {
    expect(scoreTexts(Number.NaN)).toEqual([]);
    expect(valueTexts(null)).toContain('—');
    expect(valueTexts(1)).toContain('1,00');
  });
});
