import { readLetterhead } from '../report/letterhead';
import { reportLetterhead } from '../settings/letterhead';
import {
  loadAnalysisSettings,
  ratingBandsItem,
  targetProfilesItem,
} from '../settings/target-profiles';
import type { BackupSettings } from './format';
import type { SettingsPlan, SettingsState } from './merge-settings';

/** The settings a backup carries, as this browser holds them (corrupt values read as defaults). */
export async function readLocalSettings(): Promise<SettingsState> {
  const [{ profiles, bands }, letterhead] = await Promise.all([
    loadAnalysisSettings(),
    reportLetterhead.getValue(),
  ]);
  return { targetProfiles: profiles, ratingBands: bands, letterhead: readLetterhead(letterhead) };
}

/** The file's settings with the letterhead read the way the settings page reads it. */
export function incomingSettings(settings: BackupSettings | null): SettingsState | null {
  return settings
    ? {
        targetProfiles: settings.targetProfiles,
        ratingBands: settings.ratingBands,
        letterhead: readLetterhead(settings.letterhead),
      }
    : null;
}

export async function applySettingsPlan(local: SettingsState, plan: SettingsPlan): Promise<void> {
  if (plan.profilesToAdd.length > 0) {
    await targetProfilesItem.setValue([...local.targetProfiles, ...plan.profilesToAdd]);
  }
  if (plan.ratingBands) await ratingBandsItem.setValue(plan.ratingBands);
  if (plan.letterhead) await reportLetterhead.setValue(plan.letterhead);
}
