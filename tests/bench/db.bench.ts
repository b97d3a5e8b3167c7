/**
 * One capture's database transaction against a raw IndexedDB bulk write of the same rows
 * (`idb`), in headless Chromium's own IndexedDB: the largest real answer (dossier-digitized,
 * 294 KB, Phú Thọ 08/2026), each run into fresh databases, alternating, medians. ≤ 1.5×.
 */
import { chromium } from 'playwright-core';
import { startReplica } from '../replica/server';
import { chromiumArgs, findChromium } from '../support/launch-browser';
import { bundle } from './bundle';
import { captureTemplate } from './capture-template';
import { type BenchLine, median, num } from './table';

const RUNS = 15;
const WARM_UP = 2;
const GOAL = 1.5;
const FILE = 'phu-tho-2026-08/dossier-digitized.json';

export async function dbLine(): Promise<BenchLine> {
  const { header, value, responseText } = captureTemplate(FILE);
  const parse = { ok: true, value };
  const script = await bundle('tests/bench/page/db-entry.ts');
  const replica = await startReplica();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs({ extensionDir: '.', replicaPort: replica.port, headless: true }).filter(
      (a) => !a.includes('extension'),
    ),
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${replica.origin}/danh-gia-chat-luong-phuc-vu`);
    await page.addScriptTag({ content: script });
    const out = (await page.evaluate(
      (input) =>
        (globalThis as unknown as { __benchDb: (i: unknown) => Promise<unknown> }).__benchDb(input),
      { header, parse, responseText, runs: RUNS + WARM_UP },
    )) as { dexie: number[]; raw: number[]; rows: number };
    const dexie = median(out.dexie.slice(WARM_UP));
    const raw = median(out.raw.slice(WARM_UP));
    const ratio = dexie / raw;
    return {
      name: "one capture's transaction ÷ raw IndexedDB bulk write",
      figure: `${num(ratio, 2)}× (${num(dexie, 1)} ms)`,
      baseline: `idb ${num(raw, 1)} ms`,
      goal: `≤ ${num(GOAL, 1)}×`,
      pass: ratio <= GOAL,
      value: ratio,
      unit: '×',
      note: `${FILE}: ${out.rows} observations, payload and units; medians of ${RUNS}`,
    };
  } finally {
    await browser.close();
    await replica.close();
  }
}
