import { describe, expect, it } from 'vitest';
import { englishOrdinal, rankWords } from './rank-words';

describe('ranks in words', () => {
  it('say a place alone with its pool, and a shared place once with how many share it', () => {
    expect(rankWords({ rank: 8, of: 15, tied: 1, pool: 'AGENCY' }, 'vi')).toBe(
      'hạng 8/15 sở, ngành',
    );
    expect(rankWords({ rank: 1, of: 148, tied: 148, pool: 'COMMUNE' }, 'vi')).toBe(
      'đồng hạng 1, 148 đơn vị (trong 148 xã, phường)',
    );
    expect(rankWords({ rank: 3, of: 34, tied: 1, pool: 'PROVINCE' }, 'en')).toBe(
      '3rd of 34 provinces',
    );
    expect(rankWords({ rank: 1, of: 163, tied: 150, pool: 'ALL' }, 'en', true)).toBe(
      'tied 1st, 150 units',
    );
    expect(rankWords({ rank: 94, of: 163, tied: 1, pool: 'ALL' }, 'vi', true)).toBe('hạng 94/163');
  });

  it('write English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});
