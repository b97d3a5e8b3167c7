/**
 * What each criterion counts, so a report can say "cần thêm 92.784 hồ sơ" instead of "92.784
 * items". Kept here rather than in lib/model/criteria.ts (edited elsewhere); a criterion
 * missing from this map falls back to a neutral word and the test of this file lists them all.
 */

export interface ItemWord {
  /** Short form used with a number: "hồ sơ", "PAKN", "TTHC". */
  vi: string;
  /** Full form used once where the short form needs explaining. */
  viLong: string;
  en: string;
}

const DOSSIER: ItemWord = { vi: 'hồ sơ', viLong: 'hồ sơ', en: 'dossiers' };
const PETITION: ItemWord = {
  vi: 'PAKN',
  viLong: 'phản ánh, kiến nghị (PAKN)',
  en: 'feedback items (PAKN)',
};
const PROCEDURE: ItemWord = {
  vi: 'TTHC',
  viLong: 'thủ tục hành chính (TTHC)',
  en: 'procedures',
};
const COMMUNE: ItemWord = { vi: 'đơn vị cấp xã', viLong: 'đơn vị cấp xã', en: 'communes' };

/** Keyed by the catalogue codes of lib/model/criteria.ts (domain brief §3, numerators). */
export const ITEM_WORDS: Readonly<Record<string, ItemWord>> = {
  PUBLISH_ON_TIME: PROCEDURE,
  PUBLIC_UPDATE_ON_TIME: PROCEDURE,
  PUBLIC_CONTENT_FULL: PROCEDURE,
  DOSSIER_SYNC: DOSSIER,
  PETITION_CLASSIFICATION_TTHC: PETITION,
  PETITION_CLASSIFICATION_STAFF: PETITION,
  PETITION_PROCESSING_ON_TIME: PETITION,
  PETITION_HANDLING_SATISFACTION: PETITION,
  DOSSIER_RECEIVING_SATISFACTION: DOSSIER,
  ORIGINAL_RESULT_AVAILABLE: DOSSIER,
  SO_HOA_GIAY_TO_GIAI_QUYET: DOSSIER,
  ELECTRONIC_CERTIFIED_COPY: COMMUNE,
  REUSED_DIGITIZED_DATA: DOSSIER,
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: DOSSIER,
  CITIZEN_DATA_CONNECTED_DOSSIER: DOSSIER,
  // Counts procedures whose subjects are individuals, not dossiers (§3.6).
  CITIZEN_DATA_CONNECTED_FORMALITY: PROCEDURE,
  ON_TIME_SHARE: DOSSIER,
  ONLINE_DOSSIER_SHARE: DOSSIER,
  ONLINE_PAYMENT_SHARE: DOSSIER,
  ONLINE_FORMALITY_PAYMENT_SHARE: PROCEDURE,
  FEE_FORMALITY_WITH_DOSSIER_SHARE: PROCEDURE,
};

const FALLBACK: ItemWord = { vi: 'trường hợp', viLong: 'trường hợp', en: 'items' };

export function itemWordOf(criterion: string): ItemWord {
  return ITEM_WORDS[criterion] ?? FALLBACK;
}
