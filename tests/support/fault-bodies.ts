import { fixtureText } from './fixtures';

/**
 * The portal's failure modes as bodies built from the real fixtures, shared by the unit
 * tests of the flag codes and the fault e2e suites, so both judge the same bytes.
 */

/** What the portal's web application firewall sends instead of data (an HTML page). */
export const REQUEST_REJECTED_HTML =
  '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. ' +
  'Please consult with your administrator.<br><br>Your support ID is: 1234567890123456789' +
  '<br><br><a href="javascript:history.back();">[Go Back]</a></body></html>';

/** An answer cut off half-way, as a dropped connection leaves it. */
export function truncated(file: string): string {
  const text = fixtureText(file);
  return text.slice(0, Math.floor(text.length / 2));
}

/**
 * The real answer re-sent as text/plain by a misconfigured proxy (which appends a newline:
 * the same bytes would be recognised as already stored).
 */
export function wrongType(file: string): string {
  return `${fixtureText(file)}\n`;
}

/** The real answer with one field the parser reads renamed (`totalScore` → `total_score`). */
export function renamedField(file: string): string {
  return fixtureText(file).replaceAll('"totalScore":', '"total_score":');
}

/** The real answer with every score written as text (`"totalScore":"7.96"`). */
export function numbersAsStrings(file: string): string {
  return fixtureText(file).replace(
    /"(totalScore|score|ratio)":(-?\d+(?:\.\d+)?)/g,
    (_whole, name: string, value: string) => `"${name}":"${value}"`,
  );
}

/** The national summary, which the portal may send while a province is being selected. */
export function nationalSummary(): string {
  return fixtureText('national-2026/service-results.json');
}

/** A well-formed JSON answer of `megabytes` MB: the real answer padded with a large field. */
export function oversized(file: string, megabytes: number): string {
  const text = fixtureText(file);
  const pad = 'x'.repeat(megabytes * 1024 * 1024);
  return `${text.slice(0, -1)},"padding":"${pad}"}`;
}
