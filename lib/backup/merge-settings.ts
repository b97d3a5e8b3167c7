import { DEFAULT_RATING_BANDS, type RatingBand } from '../analysis/ratings';
import type { TargetProfile } from '../analysis/targets';
import type { Letterhead } from '../report/letterhead';

export interface SettingsState {
  targetProfiles: TargetProfile[];
  ratingBands: RatingBand[];
  letterhead: Letterhead;
}

export interface SettingsPlan {
  profilesToAdd: TargetProfile[];
  /** The file's bands, when this browser still has the defaults; else null. */
  ratingBands: RatingBand[] | null;
  /** The file's letterhead, when this browser has none; else null. */
  letterhead: Letterhead | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A restore fills in settings, it does not overrule the ones in use: profiles whose id is
 * not here are added; bands and letterhead are taken only where this browser still has the
 * defaults (a fresh profile gets everything back, an office's own edits stay).
 */
export function planSettings(local: SettingsState, incoming: SettingsState | null): SettingsPlan {
  if (!incoming) return { profilesToAdd: [], ratingBands: null, letterhead: null };
  const ids = new Set(local.targetProfiles.map((p) => p.id));
  const profilesToAdd = incoming.targetProfiles.filter((p) => !ids.has(p.id));
  const bandsAreDefault = same(local.ratingBands, DEFAULT_RATING_BANDS);
  const ratingBands =
    bandsAreDefault && !same(incoming.ratingBands, local.ratingBands) ? incoming.ratingBands : null;
  const localEmpty = Object.keys(local.letterhead).length === 0;
  const letterhead =
    localEmpty && Object.keys(incoming.letterhead).length > 0 ? incoming.letterhead : null;
  return { profilesToAdd, ratingBands, letterhead };
}
