/**
 * Where the long CSV export's time goes (#11), not a bench line: `npx wxt build && npx tsx
 * tests/bench/profile-export.ts [months]`. Seeds the store as `store.bench.ts` does, times the
 * generator's phases in the dashboard page with a CPU profile of it (unminified, so names read),
 * then profiles the service worker (through Chromium's DevTools port) during the dashboard's
 * button-to-file export. Profiles go to tests/artifacts/ (open them in DevTools).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { startReplica } from '../replica/server';
import { launchExtension } from '../support/launch-browser';
import { PHU_THO_FILES } from '../support/observed';
import { bundle } from './bundle';
import { rowsTemplate } from './capture-template';
import { monthsUpTo } from './months';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const MONTHS = monthsUpTo({ year: 2026, month: 6 }, Number(process.argv[2] ?? 24));
const PORT = 9300 + Math.floor(Math.random() * 500);

/** Self time per function, largest first. */
function summarize(profile: Profile, top = 30): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anon)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  return [
    `total ${total.toFixed(0)} ms`,
    ...[...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`),
  ].join('\n');
}

/** A DevTools session on the extension's service worker, over Chromium's debugging port. */
async function workerSession(extensionId: string) {
  const list = (await (await fetch(`http://127.0.0.1:${PORT}/json/list`)).json()) as {
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = list.find(
    (t) =>
      t.type === 'service_worker' && t.url.includes(extensionId) && t.url.includes('background'),
  );
  if (!target) throw new Error(`no service worker target in ${JSON.stringify(list)}`);
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  const waiting = new Map<number, (value: unknown) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close() };
}

async function exportOnce(page: Page): Promise<number> {
  const start = performance.now();
  await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByTestId('export-long-csv').click(),
  ]);
  return performance.now() - start;
}

async function main() {
  const templates = PHU_THO_FILES.map(rowsTemplate);
  const seedScript = await bundle('tests/bench/page/store-entry.ts');
  const phasesScript = (
    await build({
      entryPoints: ['tests/bench/page/phases-entry.ts'],
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
    })
  ).outputFiles[0]?.text as string;
  const replica = await startReplica();
  const browser = await launchExtension({
    extensionDir: process.env.EXTENSION_DIR ?? join('.output', 'chrome-mv3'),
    headless: true,
    replicaPort: replica.port,
    extraArgs: [`--remote-debugging-port=${PORT}`],
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#/data`);
    await page.getByTestId('export-long-csv').waitFor();
    await page.evaluate(seedScript);
    await page.evaluate(phasesScript);
    const rows = await page.evaluate(
      ([templates, months]) =>
        (globalThis as unknown as { __benchSeed: (i: unknown) => Promise<number> }).__benchSeed({
          templates,
          roots: [0],
          months,
        }),
      [templates, MONTHS] as const,
    );
    console.log(`seeded ${rows} rows`);
    const phases = () =>
      page.evaluate(() =>
        (globalThis as unknown as { __phases: () => Promise<unknown> }).__phases(),
      );
    await phases();
    console.log('page phases', JSON.stringify(await phases()));

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(() =>
      (globalThis as unknown as { __generatorOnly: () => Promise<number> }).__generatorOnly(),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync('tests/artifacts/export-page.cpuprofile', JSON.stringify(profile));
    console.log(`\n== generator in the page, profiled: ${ms.toFixed(0)} ms\n${summarize(profile)}`);

    await exportOnce(page);
    const worker = await workerSession(browser.extensionId);
    await worker.send('Profiler.enable');
    await worker.send('Profiler.setSamplingInterval', { interval: 200 });
    await worker.send('Profiler.start');
    const pageCdpStart = cdp.send('Profiler.start');
    await pageCdpStart;
    const buttonMs = await exportOnce(page);
    const sw = (await worker.send('Profiler.stop')) as { profile: Profile };
    const pg = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync('tests/artifacts/export-worker.cpuprofile', JSON.stringify(sw.profile));
    writeFileSync('tests/artifacts/export-dashboard.cpuprofile', JSON.stringify(pg.profile));
    console.log(`\n== button to file: ${buttonMs.toFixed(0)} ms; service worker:`);
    console.log(summarize(sw.profile, 40));
    console.log('\n== dashboard page meanwhile:');
    console.log(summarize(pg.profile, 15));
    const plain: number[] = [];
    for (let i = 0; i < 3; i++) plain.push(await exportOnce(page));
    console.log(`\nbutton to file, unprofiled: ${plain.map((x) => x.toFixed(0)).join(' ')} ms`);
    worker.close();
  } finally {
    await browser.close();
    await replica.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
