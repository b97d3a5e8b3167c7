/**
 * Parse + normalise of each real fixture against `JSON.parse` of the same text, alternating,
 * medians; the goal is ≤ 2× for the slowest fixture. Runs in Node's V8, the engine of the
 * Chromium service worker that does this work.
 */
import { PARSER_VERSION, parseCapture } from '../../lib/portal/api2026';
import { fixtureCaptures, fixtureText } from '../support/fixtures';
import { type BenchLine, median, num } from './table';

const RUNS = 25;
const WARM_UP = 5;
const GOAL = 2;

export interface ParseFigure {
  file: string;
  parseMs: number;
  jsonMs: number;
}

export function measureParse(): ParseFigure[] {
  return fixtureCaptures().map((capture) => {
    const text = fixtureText(capture.file);
    const input = {
      url: capture.url,
      requestBody: JSON.stringify(capture.requestBody),
      status: capture.httpStatus ?? 201,
      contentType: 'application/json',
      responseText: text,
      capturedAt: new Date(capture.capturedAt ?? '2026-09-28T15:14:20Z'),
    };
    const parse: number[] = [];
    const json: number[] = [];
    for (let i = 0; i < RUNS + WARM_UP; i++) {
      let start = performance.now();
      JSON.parse(text);
      const j = performance.now() - start;
      start = performance.now();
      const result = parseCapture(input);
      const p = performance.now() - start;
      if (!result.ok) throw new Error(`${capture.file}: ${result.reason}`);
      if (i >= WARM_UP) {
        json.push(j);
        parse.push(p);
      }
    }
    return { file: capture.file, parseMs: median(parse), jsonMs: median(json) };
  });
}

export function parseLine(): BenchLine {
  const figures = measureParse();
  const ratios = figures.map((f) => ({ ...f, ratio: f.parseMs / f.jsonMs }));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return {
    name: 'parse + normalise ÷ JSON.parse, worst real fixture',
    figure: `${num(worst.ratio, 2)}× (${worst.file}: ${num(worst.parseMs, 2)} ms)`,
    baseline: `JSON.parse ${num(worst.jsonMs, 2)} ms`,
    goal: `≤ ${num(GOAL, 0)}×`,
    pass: worst.ratio <= GOAL,
    value: worst.ratio,
    unit: '×',
    note: `parser v${PARSER_VERSION}, medians of ${RUNS}: ${ratios.map((r) => `${r.file.split('/').pop()} ${num(r.ratio, 2)}×`).join(', ')}`,
  };
}
