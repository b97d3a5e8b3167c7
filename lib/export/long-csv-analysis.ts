import {
  type AnalysisSettings,
  comparedValue,
  familyKey,
  ranksOf,
  rowKey,
  type SnapshotData,
} from '../analysis/analyze-snapshot';
import { evaluateTarget } from '../analysis/evaluate';
import { type Rank, rankChange } from '../analysis/ranks';
import { rateScore } from '../analysis/ratings';
import { profileForYear, ruleFor, type TargetRule } from '../analysis/targets';
import type { CaptureRecord } from '../db/database';
import { round2 } from '../format/round';
import { parsePeriodKey, periodKey, previousPeriod, samePeriodLastYear } from '../model/period';
import type { CellWriter } from './csv-cells';

/**
 * The analysis columns of the streamed long CSV (#11), as `analysisColumns(analyzeSnapshot(…))`
 * writes them, computed once per row straight into cell text: no analysis object per row and
 * no history per row key rebuilt for every snapshot. A snapshot is compared with two earlier
 * periods of its family at most (the period before, the same period a year before), so what
 * is kept of a period is only what those comparisons read: its compared values and ranks.
 */
interface PeriodFacts {
  closed: boolean;
  /** Compared value by row key; of two rows with one key the last wins, as `valueFor` picks. */
  values: Map<string, number | null>;
  /** Ranks among all children, for the rank change of the period after. */
  ranks: Map<string, Rank>;
}

const NO_RANKS: ReadonlyMap<string, Rank> = new Map();

/** current − earlier where both are closed and hold a value; '' otherwise (as `compare`). */
function delta(
  cells: CellWriter,
  earlier: PeriodFacts | undefined,
  key: string,
  closed: boolean,
  value: number | null,
): string {
  if (!earlier?.values.has(key)) return '';
  const before = earlier.values.get(key) ?? null;
  if (value === null || before === null || !closed || !earlier.closed) return '';
  return cells.num(round2(value - before));
}

export class LongCsvAnalysis {
  private readonly kept = new Map<string, PeriodFacts>();
  private readonly order = new Map<string, { period: string; key: string }[]>();

  constructor(
    private readonly settings: AnalysisSettings,
    private readonly cells: CellWriter,
  ) {}

  /** The eleven analysis cells of each row, joined by the delimiter, in row order. */
  tails(snapshot: SnapshotData): string[] {
    const { capture, observations } = snapshot;
    const { cells } = this;
    const d = cells.delimiter;
    const period = capture.periodKey ? parsePeriodKey(capture.periodKey) : null;
    const family = familyKey(capture);
    const prev = period
      ? this.kept.get(`${family}#${periodKey(previousPeriod(period))}`)
      : undefined;
    const prevYear = period
      ? this.kept.get(`${family}#${periodKey(samePeriodLastYear(period))}`)
      : undefined;
    const closed = capture.periodClosed === true;
    const keys = observations.map(rowKey);
    const values = new Map<string, number | null>();
    observations.forEach((o, i) => {
      values.set(keys[i] as string, comparedValue(o));
    });
    const ranks = ranksOf(snapshot);
    const kindRanks = ranksOf(snapshot, true);
    const prevRanks = prev?.ranks ?? NO_RANKS;
    const profile = period ? profileForYear(this.settings.profiles, period.year) : null;
    const rules = new Map<string, TargetRule | null>();
    const tails = observations.map((o, i) => {
      const key = keys[i] as string;
      // The value the period's deltas start from: the last row of the key, as in `valueFor`.
      const value = values.get(key) ?? null;
      const criterion = o.criterion ?? '';
      let rule = rules.get(criterion);
      if (rule === undefined) {
        rule = ruleFor(profile, criterion);
        rules.set(criterion, rule);
      }
      let target = `${d}${d}`;
      if (rule) {
        const t = evaluateTarget(o.criterion === null ? null : comparedValue(o), rule);
        const met = t.status === 'met' ? '1' : t.status === 'not-met' ? '0' : '';
        target = `${cells.num(t.target)}${d}${met}${d}${cells.num(round2(t.gap))}`;
      }
      const deltas = period
        ? `${delta(cells, prev, key, closed, value)}${d}${delta(cells, prevYear, key, closed, value)}`
        : d;
      const rank = ranks.get(key);
      const ranked = rank
        ? `${cells.num(rank.rank)}${d}${rank.rank === null ? '' : rank.of}${d}${cells.num(
            rankChange(prevRanks.get(key)?.rank, rank.rank),
          )}`
        : `${d}${d}`;
      const kind = kindRanks.get(key);
      const kindCells = kind
        ? `${cells.num(kind.rank)}${d}${kind.rank === null ? '' : kind.of}`
        : d;
      return `${target}${d}${deltas}${d}${ranked}${d}${this.rating(o)}${d}${kindCells}`;
    });
    if (period) this.remember(capture, { closed, values, ranks });
    return tails;
  }

  private rating(o: SnapshotData['observations'][number]): string {
    if (o.group !== 'TOTAL') return '';
    return this.cells.text(rateScore(o.score, this.settings.bands)?.label);
  }

  /** Keeps a period for the later ones of its family and type; drops what none can need. */
  private remember(capture: CaptureRecord, facts: PeriodFacts): void {
    const period = capture.periodKey ? parsePeriodKey(capture.periodKey) : null;
    if (!period) return;
    const type = `${familyKey(capture)}#${period.type}`;
    const keys = this.order.get(type) ?? [];
    const oldest = periodKey(samePeriodLastYear(period));
    // Periods come oldest first: one older than a year before this one is needed no more.
    while ((keys[0]?.period ?? oldest) < oldest) {
      const gone = keys.shift();
      if (gone) this.kept.delete(gone.key);
    }
    const key = `${familyKey(capture)}#${capture.periodKey}`;
    keys.push({ period: capture.periodKey as string, key });
    this.order.set(type, keys);
    this.kept.set(key, facts);
  }
}
