import { storage } from 'wxt/utils/storage';
import { DEFAULT_RATING_BANDS, type RatingBand } from '../analysis/ratings';
import { profileSchema, targetRuleSchema } from '../analysis/target-file';
import {
  DEFAULT_PROFILE,
  type TargetProfile,
  type TargetRule,
  uniqueProfileId,
} from '../analysis/targets';

/**
 * Version 1 of the stored profiles: one year per profile, rules keyed by `code`, no notes or
 * source, and only the official's own profiles (the default lived in code, not in storage).
 */
export interface TargetProfileV1 {
  id: string;
  name: string;
  year: number;
  rules: { code: string; min: number }[];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Valid rules only; for a criterion given twice, the later rule (the later edit) wins. */
function migrateRules(value: unknown): TargetRule[] {
  const byCriterion = new Map<string, TargetRule>();
  for (const item of Array.isArray(value) ? value : []) {
    const { code, min } = record(item);
    const parsed = targetRuleSchema.safeParse({ criterion: code, min, note: '' });
    if (parsed.success) {
      byCriterion.delete(parsed.data.criterion);
      byCriterion.set(parsed.data.criterion, parsed.data);
    }
  }
  return [...byCriterion.values()];
}

/**
 * v1 → v2. Never throws: a failed migration would leave the official with nothing, so a rule
 * that no longer validates is dropped and a profile without a usable id, name or year is
 * dropped, while everything else is kept. The built-in profile goes first, as v2 stores it.
 */
export function migrateTargetProfilesV1(value: unknown): TargetProfile[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  // @wxt-dev/storage reads a value without its `key$` version marker as v1, and a value set
  // through the raw storage API has none; converting v2 data again would drop every profile.
  if (list.length > 0 && list.every((item) => Array.isArray(record(item).years))) {
    return list as TargetProfile[];
  }
  const profiles: TargetProfile[] = [DEFAULT_PROFILE];
  for (const item of list) {
    const old = record(item);
    const parsed = profileSchema.safeParse({
      id: old.id,
      name: old.name,
      years: [old.year],
      rules: migrateRules(old.rules),
      source: '',
    });
    if (!parsed.success) continue;
    profiles.push({ ...parsed.data, id: uniqueProfileId(profiles, parsed.data.id) });
  }
  return profiles;
}

export const targetProfilesItem = storage.defineItem<TargetProfile[]>('local:targetProfiles', {
  fallback: [DEFAULT_PROFILE],
  version: 2,
  migrations: { 2: migrateTargetProfilesV1 },
});

export const ratingBandsItem = storage.defineItem<RatingBand[]>('local:ratingBands', {
  fallback: [...DEFAULT_RATING_BANDS],
  version: 1,
});

/** What the analysis needs from storage; a corrupt stored value falls back to the defaults. */
export async function loadAnalysisSettings(): Promise<{
  profiles: TargetProfile[];
  bands: RatingBand[];
}> {
  const [profiles, bands] = await Promise.all([
    targetProfilesItem.getValue(),
    ratingBandsItem.getValue(),
  ]);
  return {
    profiles: Array.isArray(profiles) && profiles.length > 0 ? profiles : [DEFAULT_PROFILE],
    bands: Array.isArray(bands) && bands.length > 0 ? bands : [...DEFAULT_RATING_BANDS],
  };
}
