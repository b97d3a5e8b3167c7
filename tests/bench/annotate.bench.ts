/**
 * `npm run bench`, the annotator line: how long the annotator takes to badge a real 164-unit portal table in
 * headless Chromium — finding the values, measuring the free space beside each, drawing the
 * badges and the layout that follows — against a baseline measured in the same run on the
 * same page: the page's own work of building that table's rows and laying them out.
 *
 * The budget is 50 ms. On the reference machine (2 cores, quiet) the baseline takes
 * ~17 ms, so the budget is expressed as ≤ 3× the baseline: a loaded or faster machine then
 * judges the code, not itself (on a shared VM both numbers swing by half from run to run,
 * their ratio much less). The absolute median is printed beside it for the record.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { analyzeSnapshot, type SnapshotData } from '../../lib/analysis/analyze-snapshot';
import { DEFAULT_RATING_BANDS } from '../../lib/analysis/ratings';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { buildViewAnnotations } from '../../lib/analysis/view-annotations';
import { observationRecords, parsedFields } from '../../lib/capture/apply-parse';
import type { CaptureRecord, ObservationRecord } from '../../lib/db/database';
import { PARSER_VERSION, parseCapture } from '../../lib/portal/api2026';
import { startReplica } from '../replica/server';
import { chromiumArgs, findChromium } from '../support/launch-browser';
import { type BenchLine, median, num } from './table';

const RUNS = 30;
/** Runs before the measured ones: the first passes time the JIT compiling the annotator. */
const WARM_UP = 3;
const BUDGET_MS = 50;
const BUDGET_RATIO = 3;
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const FILE = 'tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json';

function annotationsFromFixture() {
  const requestBody = JSON.stringify({
    rootDepartmentId: PHU_THO,
    currentPage: 1,
    pageSize: 200,
    fromDate: '2026-08-01',
    toDate: '2026-08-31',
  });
  const result = parseCapture({
    url: 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/handling-satisfaction',
    requestBody,
    status: 201,
    contentType: 'application/json',
    responseText: readFileSync(FILE, 'utf8'),
    capturedAt: new Date('2026-09-28T15:14:20Z'),
  });
  if (!result.ok) throw new Error(result.reason);
  const capture = { id: 1, ...parsedFields(result, PARSER_VERSION) } as CaptureRecord;
  const observations = observationRecords(1, result.value).map(
    (o, i) => ({ ...o, id: i + 1 }) as ObservationRecord,
  );
  const snapshot: SnapshotData = { capture, observations };
  const settings = { profiles: [DEFAULT_PROFILE], bands: DEFAULT_RATING_BANDS };
  return buildViewAnnotations(snapshot, analyzeSnapshot(snapshot, [snapshot], settings));
}

export async function annotateLine(): Promise<BenchLine> {
  const bundle = await build({
    stdin: {
      contents:
        "import { annotateOnce } from './lib/annotator/annotator';\nglobalThis.__annotateOnce = annotateOnce;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const annotations = annotationsFromFixture();
  const replica = await startReplica();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs({
      extensionDir: '.output/chrome-mv3',
      replicaPort: replica.port,
      headless: true,
    }).filter((a) => !a.includes('extension')),
  });
  try {
    const page = await browser.newPage();
    await page.goto(
      `${replica.origin}/danh-gia-chat-luong-phuc-vu?province=${PHU_THO}&timeType=month&year=2026&month=8&group=handling-satisfaction`,
    );
    await page.waitForSelector('[data-testid="load-status"][data-state="ready"]');
    await page.addScriptTag({ content: script });
    const timings = await page.evaluate(
      ({ annotations, runs, warmUp }) => {
        const table = document.querySelector('[data-testid="results-table"]');
        let tbody = table?.querySelector('tbody');
        if (!table || !tbody) throw new Error('no table');
        const rows = [...tbody.rows].map((r) => [...r.cells].map((c) => c.textContent ?? ''));
        const annotate = (
          globalThis as unknown as { __annotateOnce: (r: ParentNode, a: unknown) => number }
        ).__annotateOnce;
        const out = { baseline: [] as number[], annotate: [] as number[], badges: 0, cold: 0 };
        for (let i = 0; i < runs + warmUp; i++) {
          // Baseline: the page's own work, building the same rows from data, then laying them out.
          let start = performance.now();
          const fresh = document.createElement('tbody');
          for (const cells of rows) {
            const tr = document.createElement('tr');
            for (const text of cells) {
              const td = document.createElement('td');
              td.textContent = text;
              tr.append(td);
            }
            fresh.append(tr);
          }
          tbody.replaceWith(fresh);
          tbody = fresh;
          void table.getBoundingClientRect().height;
          const baseline = performance.now() - start;
          // Annotating: finding the values, measuring the free space beside them, drawing the
          // badges, and the layout that follows.
          start = performance.now();
          out.badges = annotate(document.body, annotations);
          void table.getBoundingClientRect().height;
          const annotate_ = performance.now() - start;
          if (i === 0) out.cold = annotate_;
          if (i >= warmUp) {
            out.baseline.push(baseline);
            out.annotate.push(annotate_);
          }
          for (const badge of document.querySelectorAll('[data-chiso766]')) badge.remove();
        }
        return out;
      },
      { annotations, runs: RUNS, warmUp: WARM_UP },
    );
    const baseline = median(timings.baseline);
    const annotate = median(timings.annotate);
    const ratio = annotate / baseline;
    return {
      name: 'annotate 164 units ÷ the page building its table',
      figure: `${num(ratio, 2)}× (${num(annotate, 1)} ms)`,
      baseline: `page ${num(baseline, 1)} ms`,
      goal: `≤ ${BUDGET_RATIO}×`,
      pass: ratio <= BUDGET_RATIO,
      value: ratio,
      unit: '×',
      note: `${timings.badges} badges, medians of ${RUNS} after ${WARM_UP} warm-up runs (first, cold run ${num(timings.cold, 1)} ms); the issue's ${BUDGET_MS} ms on the reference machine, where the page takes ~17 ms`,
    };
  } finally {
    await browser.close();
    await replica.close();
  }
}
