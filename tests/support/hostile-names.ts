/**
 * TEST SUPPORT ONLY: hostile unit and criterion names, and real portal answers rewritten to
 * carry them (a derived fixture built at test time, the rest of the bytes untouched). Any
 * payload that runs sets `globalThis.__pwned`, which the tests then look for.
 */

export const PWNED = '__pwned';

/** Ten thousand characters: a name no layout was designed for. */
export const LONG_NAME = `UBND xã ${'Dàiđếnmứckhôngngắtdòngđược'.repeat(400)}`.slice(0, 10_000);

export const HOSTILE_NAMES: readonly string[] = [
  `<img src=x onerror="globalThis.${PWNED}=1">UBND xã Ảnh`,
  `<script>globalThis.${PWNED}=1</script>UBND xã Kịch bản`,
  `javascript:globalThis.${PWNED}=1`,
  // Right-to-left override: the rest reads backwards unless isolated.
  '\u202EUBND xã gnòĐ ửs\u202C',
  '=HYPERLINK("http://example.invalid","Bấm vào")',
  '+SUM(1;2) xã Cộng',
  '-2+3 phường Trừ',
  '@SUM(A1) xã A còng',
  '\tUBND xã Tab',
  LONG_NAME,
];

/** A criterion code the portal might send one day, shown as is where it has no name. */
export const HOSTILE_CRITERION = `<img src=x onerror="globalThis.${PWNED}=1">=1+1`;
export const RENAMED_CRITERION = 'PUBLISH_ON_TIME';

/** What a spreadsheet would run: the cells that must carry a `'` in front. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The same rule the exports follow, written here on its own. */
export function asSpreadsheetText(name: string): string {
  return FORMULA_START.test(name) ? `'${name}` : name;
}

/** JSON string content (no quotes) of a text. */
function jsonInner(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * `victims[i]` becomes `HOSTILE_NAMES[i]` wherever it is a unit's name; the criterion code
 * RENAMED_CRITERION becomes HOSTILE_CRITERION when `criterion` is set. Only whole JSON string
 * values are replaced, so a name contained in another name is left alone.
 */
export function hostileAnswer(
  responseText: string,
  victims: readonly string[],
  options: { criterion?: boolean } = {},
): string {
  let text = responseText;
  victims.forEach((victim, i) => {
    const to = HOSTILE_NAMES[i];
    if (to === undefined) return;
    text = text.split(`"${jsonInner(victim)}"`).join(`"${jsonInner(to)}"`);
  });
  if (options.criterion) {
    text = text.split(`"${RENAMED_CRITERION}"`).join(`"${jsonInner(HOSTILE_CRITERION)}"`);
  }
  return text;
}

/** The names of the first communes of a raw answer (evaluation or children rows). */
export function communeNames(responseText: string, count: number): string[] {
  const data = (JSON.parse(responseText) as { data: Record<string, unknown> }).data;
  const rows = (data.evaluation ?? data.children ?? []) as Record<string, unknown>[];
  return rows
    .filter((r) => r.departmentType === 'COMMUNE_PEOPLE_COMMITTEE' || r.level === 'COMMUNE')
    .map((r) => String(r.departmentName))
    .slice(0, count);
}
