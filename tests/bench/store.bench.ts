/**
 * With the built extension's database filled with real-shaped rows (copies of the six real
 * answers of Phú Thọ 08/2026, one month after another, values moved a little each month):
 * - long CSV export of 24 months (100 000+ rows) from the dashboard's button to the file
 *   downloaded, ≥ 300 000 rows/s;
 * - the export generator's peak heap at 24 months against 12 months: rows double, memory
 *   must not (≤ 1,25×; growing with the rows would be 2×);
 * - a unit's trend through the background with 1 000 000+ observations stored over 60 months
 *   (four provinces' worth), ≤ 50 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startReplica } from '../replica/server';
import { launchExtension } from '../support/launch-browser';
import { PHU_THO_FILES } from '../support/observed';
import { bundle } from './bundle';
import { rowsTemplate } from './capture-template';
import { monthsUpTo } from './months';
import { type BenchLine, median, num } from './table';

const EXPORT_GOAL = 300_000;
const MEMORY_GOAL = 1.25;
const TREND_GOAL_MS = 50;
const EXPORT_RUNS = 3;
const TREND_RUNS = 10;
const MONTHS = monthsUpTo({ year: 2026, month: 6 }, 60);
/** Phú Thọ and three copies: 4 × 60 months × 4 265 rows ≈ 1 020 000. */
const ROOTS = [0, 1, 2, 3];

const log = (text: string) => process.stderr.write(`bench store: ${text}\n`);

type Seed = { roots: number[]; months: typeof MONTHS };

async function seed(page: Page, templates: unknown, what: Seed): Promise<number> {
  return (await page.evaluate(
    ([templates, what]) =>
      (globalThis as unknown as { __benchSeed: (i: unknown) => Promise<number> }).__benchSeed({
        templates,
        ...(what as object),
      }),
    [templates, what] as const,
  )) as number;
}

const exportHeap = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as {
        __benchExportHeap: () => Promise<{ rows: number; ms: number; peakBytes: number }>;
      }
    ).__benchExportHeap(),
  );

/** The dashboard's button to the file on disk; rows counted in the file. */
async function exportOnce(page: Page): Promise<{ ms: number; rows: number; bytes: number }> {
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByTestId('export-long-csv').click(),
  ]);
  const ms = performance.now() - start;
  const text = readFileSync(await download.path(), 'utf8');
  return { ms, rows: text.split('\r\n').length - 2, bytes: Buffer.byteLength(text) };
}

type Template = ReturnType<typeof rowsTemplate>;

/** The built extension with its dashboard open and the seeding code loaded into it. */
async function withStore<T>(run: (page: Page, templates: Template[]) => Promise<T>): Promise<T> {
  const templates = PHU_THO_FILES.map(rowsTemplate);
  const script = await bundle('tests/bench/page/store-entry.ts');
  const replica = await startReplica();
  const browser = await launchExtension({
    extensionDir: join('.output', 'chrome-mv3'),
    headless: true,
    replicaPort: replica.port,
    extraArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/data`);
    await page.getByTestId('export-long-csv').waitFor();
    await page.evaluate(script);
    return await run(page, templates);
  } finally {
    await browser.close();
    await replica.close();
  }
}

const mb = (bytes: number) => `${num(bytes / 1048576, 1)} MB`;

export function exportLines(): Promise<BenchLine[]> {
  return withStore(async (page, templates) => {
    await seed(page, templates, { roots: [0], months: MONTHS.slice(0, 12) });
    const half = await exportHeap(page);
    await seed(page, templates, { roots: [0], months: MONTHS.slice(12, 24) });
    const full = await exportHeap(page);
    const exports = [];
    for (let i = 0; i < EXPORT_RUNS; i++) exports.push(await exportOnce(page));
    const exportMs = median(exports.map((e) => e.ms));
    const rows = exports[0]?.rows ?? 0;
    const rate = rows / (exportMs / 1000);
    const growth = full.peakBytes / half.peakBytes;
    log(
      `export ${rows} rows in ${Math.round(exportMs)} ms; live heap ${half.peakBytes} → ${full.peakBytes}`,
    );
    return [
      {
        name: 'long CSV export, button to file',
        figure: `${num(rate, 0)} rows/s (${num(rows, 0)} rows in ${num(exportMs / 1000, 2)} s)`,
        baseline: '',
        goal: `≥ ${num(EXPORT_GOAL, 0)} rows/s`,
        pass: rate >= EXPORT_GOAL,
        value: rate,
        unit: 'rows/s',
        note: `24 months × 6 groups of Phú Thọ stored, ${mb(exports[0]?.bytes ?? 0)} file, median of ${EXPORT_RUNS}: ${exports.map((e) => num(e.ms / 1000, 2)).join(' ')} s; the same generator alone in the page ${num(full.rows / (full.ms / 1000), 0)} rows/s`,
      },
      {
        name: 'long CSV export memory, 24 ÷ 12 months',
        figure: `${num(growth, 2)}× (${mb(full.peakBytes)} at ${num(full.rows, 0)} rows)`,
        baseline: `${mb(half.peakBytes)} at ${num(half.rows, 0)} rows`,
        goal: `≤ ${num(MEMORY_GOAL, 2)}×`,
        pass: growth <= MEMORY_GOAL,
        value: growth,
        unit: '×',
        note: 'largest live JS heap above the start (collected after each chunk) while the generator the background runs writes every chunk; in the dashboard page, where Chromium reports the heap (the service worker does not)',
      },
    ];
  });
}

export function trendLine(): Promise<BenchLine> {
  return withStore(async (page, templates) => {
    const child = templates[0]?.observations.find((o) => o.unitKind === 'COMMUNE')?.unitId;
    let total = 0;
    for (const root of ROOTS)
      total += await seed(page, templates, { roots: [root], months: MONTHS });
    log(`${total} observations stored; trend…`);
    const trend: number[] = [];
    for (let i = 0; i < TREND_RUNS + 1; i++) {
      const ms = (await page.evaluate(async (unitId) => {
        const start = performance.now();
        const runtime = (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value?: unknown }> };
            };
          }
        ).chrome.runtime;
        const reply = await runtime.sendMessage({ type: 'trend:unit', unitId });
        if (!reply?.ok || !reply.value) throw new Error(`trend: ${JSON.stringify(reply)}`);
        return performance.now() - start;
      }, child)) as number;
      if (i > 0) trend.push(ms);
    }
    const trendMs = median(trend);
    return {
      name: "one unit's trend, 1 000 000+ rows stored",
      figure: `${num(trendMs, 1)} ms`,
      baseline: '',
      goal: `≤ ${TREND_GOAL_MS} ms`,
      pass: trendMs <= TREND_GOAL_MS,
      value: trendMs,
      unit: 'ms',
      note: `a commune of Phú Thọ, total score, ${num(total, 0)} observations over 60 months × ${ROOTS.length} provinces' worth stored, request to reply through the background, median of ${TREND_RUNS}`,
    };
  });
}
