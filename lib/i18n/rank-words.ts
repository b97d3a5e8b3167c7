import type { RankFacts } from '../analysis/rank-facts';
import type { Locale } from '../format/vietnamese';
import { type StringKey, translate } from './strings';

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * A rank as reports write it: "hạng 8/15 sở, ngành"; a shared place once, with how many share
 * it: "đồng hạng 1, 148 đơn vị (trong 148 xã, phường)". `short` leaves out the pool (group rows).
 */
export function rankWords(facts: RankFacts, locale: Locale, short = false): string {
  const ordinal = locale === 'en' ? englishOrdinal(facts.rank) : String(facts.rank);
  const tied = facts.tied > 1;
  const key: StringKey = tied
    ? short
      ? 'rankTiedShort'
      : 'rankTied'
    : short
      ? 'rankAloneShort'
      : 'rankAlone';
  const pool = translate(locale, `rankPool${facts.pool}` as StringKey);
  return translate(locale, key, { ordinal, of: facts.of, tied: facts.tied, pool });
}
