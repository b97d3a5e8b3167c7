import { searchKey } from '../format/search-text';
import type { ImportedUnit } from './imported-row';

/**
 * A unit named by a person (typed in a template, pasted from the old portal or from Excel)
 * found among the units the extension knows, ignoring diacritics, case and the administrative
 * words around the name: "viet tri" finds "UBND Phường Việt Trì". A match is `sure` only when
 * it points at exactly one unit; anything else asks the official.
 */

export type UnitMatch =
  | { status: 'sure'; unit: ImportedUnit }
  | { status: 'unsure'; candidates: ImportedUnit[] }
  | { status: 'none' };

/** Words that say what kind of body a name is, not which one. */
const KIND_WORDS = [
  'uy ban nhan dan',
  'ubnd',
  'thanh pho',
  'tp',
  'tinh',
  'phuong',
  'xa',
  'thi tran',
  'dac khu',
];

/** The key a typed name is compared by: no marks, case, punctuation or doubled spaces. */
export function nameKey(text: string): string {
  return searchKey(text.replace(/[.,;:()"'/\\_–—-]+/g, ' '));
}

/** The distinctive part of a name: "UBND Phường Việt Trì" → "viet tri". */
export function coreName(name: string): string {
  // Agencies carry their province after a dash ("Sở Y tế - Tỉnh Phú Thọ").
  let key = nameKey(name.replace(/\s[-–]\s(tỉnh|thành phố|tinh|thanh pho)\s.*$/iu, ''));
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of KIND_WORDS) {
      if (key.startsWith(`${word} `)) {
        key = key.slice(word.length + 1);
        changed = true;
      }
    }
  }
  return key;
}

/** The kind words a typed name starts with, so "phường Phú Thọ" is not "tỉnh Phú Thọ". */
function kindWordsOf(name: string): string[] {
  const key = nameKey(name);
  return KIND_WORDS.filter((w) => w !== 'ubnd' && w !== 'uy ban nhan dan').filter(
    (w) => key.startsWith(`${w} `) || key.includes(` ${w} `),
  );
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const MAX_CANDIDATES = 5;

export function matchUnit(text: string, units: readonly ImportedUnit[]): UnitMatch {
  const typed = text.trim();
  if (typed === '') return { status: 'none' };
  const byId = units.find(
    (u) => u.id === typed || (u.code && u.code.toUpperCase() === typed.toUpperCase()),
  );
  if (byId) return { status: 'sure', unit: byId };
  const key = nameKey(typed);
  const exact = units.filter((u) => nameKey(u.name) === key);
  if (exact.length === 1 && exact[0]) return { status: 'sure', unit: exact[0] };
  if (exact.length > 1) return { status: 'unsure', candidates: exact.slice(0, MAX_CANDIDATES) };
  const core = coreName(typed);
  const kinds = kindWordsOf(typed);
  const sameCore = units
    .filter((u) => coreName(u.name) === core)
    .filter((u) => kinds.every((w) => kindWordsOf(u.name).includes(w)));
  if (sameCore.length === 1 && sameCore[0]) return { status: 'sure', unit: sameCore[0] };
  if (sameCore.length > 1) {
    return { status: 'unsure', candidates: sameCore.slice(0, MAX_CANDIDATES) };
  }
  // A typo or a longer or shorter form of the name: offered, never taken without asking.
  const allowed = Math.max(1, Math.floor(core.length / 8));
  const near = units
    .map((u) => {
      const other = coreName(u.name);
      const d = distance(core, other);
      const contains =
        core.length >= 4 && other.length >= 4 && (other.includes(core) || core.includes(other));
      return { u, d: d <= allowed ? d : contains ? allowed + 1 : Number.POSITIVE_INFINITY };
    })
    .filter((x) => Number.isFinite(x.d))
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.u);
  return near.length > 0 ? { status: 'unsure', candidates: near } : { status: 'none' };
}
