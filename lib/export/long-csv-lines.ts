import type { CaptureRecord, ObservationRecord } from '../db/database';
import { round2 } from '../format/round';
import type { CellWriter } from './csv-cells';
import { capturedAt, PORTAL } from './long-csv';

/**
 * One snapshot's rows of the long CSV as text (#11): the base columns of `BASE_COLUMNS`, in
 * its order and with its values, written cell by cell into one line per row, then the
 * analysis cells. The stream test holds the two to the same bytes.
 */
const bit = (value: boolean | null | undefined): string =>
  value === null ? '' : value ? '1' : '0';

export function snapshotLines(
  capture: CaptureRecord,
  observations: readonly ObservationRecord[],
  rootCode: string | null,
  tails: readonly string[],
  cells: CellWriter,
): string {
  const d = cells.delimiter;
  const { text, num, newline } = cells;
  // period, period_closed, scope and root_code are the capture's: the same on every row.
  const head = `${text(capture.periodKey)}${d}${bit(capture.periodClosed)}${d}${text(capture.scope)}${d}${text(rootCode)}${d}`;
  const importSnapshot = capture.source === 'import';
  // Joined once at the end: one flat string, not a rope of every cell held until it is sent.
  const lines: string[] = new Array(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as ObservationRecord;
    const ratio = o.derived ? round2(o.ratio) : o.ratio;
    const flags = o.flags.length ? text(o.flags.join('|')) : '';
    const portal = o.source === 'import' || importSnapshot ? 'import' : PORTAL;
    lines[i] =
      `${head}${text(o.unitId)}${d}${text(o.unitCode)}${d}${text(o.unitName)}${d}` +
      `${text(o.unitKind)}${d}${text(o.group)}${d}${text(o.criterion)}${d}${bit(o.derived)}${d}` +
      `${num(o.score)}${d}${num(o.maxScore)}${d}${num(o.numerator)}${d}${num(o.denominator)}${d}` +
      `${num(ratio)}${d}${flags}${d}` +
      `${text(capturedAt(o.imported?.observedAt ?? capture.observedAt))}${d}${text(portal)}${d}` +
      `${tails[i]}${newline}`;
  }
  return lines.join('');
}
