import { fixtureText } from './fixtures';

interface RawMetric {
  code: string;
  score: number | null;
  ratio: number | null;
  numerator: number | null;
  denominator: number | null;
}
interface RawUnit {
  departmentId: string;
  totalScore?: number | null;
  score?: number | null;
  metrics?: RawMetric[];
}

/** What the CSV must say for one fixture: `unitId|criterion` → expected numbers. */
export function expectedCells(file: string): Map<string, Record<string, number | null>> {
  const data = JSON.parse(fixtureText(file)).data as {
    overview?: RawUnit;
    evaluation?: RawUnit[];
    parent?: RawUnit;
    children?: RawUnit[];
  };
  const units = [data.overview ?? data.parent, ...(data.evaluation ?? data.children ?? [])];
  const expected = new Map<string, Record<string, number | null>>();
  for (const unit of units) {
    if (!unit) continue;
    expected.set(`${unit.departmentId}|`, { score: unit.totalScore ?? unit.score ?? null });
    for (const metric of unit.metrics ?? []) {
      expected.set(`${unit.departmentId}|${metric.code}`, {
        score: metric.score,
        ratio: metric.ratio,
        numerator: metric.numerator,
        denominator: metric.denominator,
      });
    }
  }
  return expected;
}

/** A CSV cell back to a number in either profile; empty is null. */
export function cellNumber(cell: string | undefined, decimalComma: boolean): number | null {
  if (cell === undefined || cell === '') return null;
  return Number(decimalComma ? cell.replace(',', '.') : cell);
}
