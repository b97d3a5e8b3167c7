/**
 * The portal page with the built extension against the same page without it, in headless
 * Chromium on the replica:
 * - page load: open a month of Phú Thọ and show its six groups one after the other (six real
 *   sized answers, each new to the extension so each is parsed and stored), alternating
 *   with and without the extension, medians; ≤ 1.05×;
 * - badges: the answer of a 163-unit group received by the page (its resource timing) to the
 *   last badge drawn, with the extension; ≤ 100 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { startReplica } from '../replica/server';
import { chromiumArgs, findChromium, launchExtension } from '../support/launch-browser';
import { GROUPS, type Month, monthsUpTo, portalUrl, serveMonths } from './months';
import { type BenchLine, median, num } from './table';

const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 8);
const BADGE_RUNS = Number(process.env.BENCH_BADGE_RUNS ?? 8);
const LOAD_GOAL = 1.05;
const BADGE_GOAL_MS = 100;
/** Badges may move once more when the page settles: quiet this long means done. */
const QUIET_MS = 1500;
const BADGE_GROUP = 'handling-satisfaction';

const DRIVER = readFileSync('tests/bench/page/portal-driver.js', 'utf8');

interface BenchState {
  badges: number;
  firstBadgeAt: number;
  lastBadgeAt: number;
  doneAt: number;
}

const state = (context: BrowserContext, url: string) =>
  (async () => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  })();

/** Navigation start to the sixth group shown, in the page's own clock. */
async function loadOnce(context: BrowserContext, month: Month): Promise<number> {
  const [first, ...rest] = GROUPS;
  const page = await state(context, `${portalUrl(month, first)}#bench-load=${rest.join(',')}`);
  try {
    await page.waitForFunction('window.__bench.doneAt > 0', undefined, { timeout: 60_000 });
    return (await page.evaluate('window.__bench.doneAt')) as number;
  } finally {
    await page.close();
  }
}

/** The answer's responseEnd to the last badge drawn, once the badges stay still. */
async function badgesOnce(
  context: BrowserContext,
  month: Month,
): Promise<{ last: number; first: number }> {
  const page = await state(context, portalUrl(month, BADGE_GROUP));
  try {
    await page.waitForFunction('window.__bench.badges > 0', undefined, { timeout: 30_000 });
    let last = -1;
    let first = 0;
    for (;;) {
      const now = (await page.evaluate('window.__bench')) as BenchState;
      first = now.firstBadgeAt;
      if (now.lastBadgeAt === last) break;
      last = now.lastBadgeAt;
      await page.waitForTimeout(QUIET_MS);
    }
    const received = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/reporting/')).map((e) => e.responseEnd)`,
    )) as number[];
    const at = received.at(-1);
    if (at === undefined) throw new Error('the page received no answer');
    return { last: last - at, first: first - at };
  } finally {
    await page.close();
  }
}

export async function portalLines(): Promise<BenchLine[]> {
  const months = monthsUpTo({ year: 2026, month: 6 }, 1 + LOAD_RUNS + BADGE_RUNS + 1);
  const replica = await startReplica();
  serveMonths(replica, months);
  const withExtension = await launchExtension({
    extensionDir: join('.output', 'chrome-mv3'),
    headless: true,
    replicaPort: replica.port,
  });
  const plain = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs({ extensionDir: '.', replicaPort: replica.port, headless: true }).filter(
      (a) => !a.includes('extension'),
    ),
  });
  const without = await plain.newContext({ ignoreHTTPSErrors: true });
  try {
    await withExtension.context.addInitScript(DRIVER);
    await without.addInitScript(DRIVER);
    const loads = { with: [] as number[], without: [] as number[] };
    // The first month warms both browsers up and is not counted.
    for (const [i, month] of months.slice(0, 1 + LOAD_RUNS).entries()) {
      const order = i % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const arm of order) {
        const ms = await loadOnce(arm === 'with' ? withExtension.context : without, month);
        if (i > 0) loads[arm].push(ms);
      }
    }
    const badges: number[] = [];
    const firstBadges: number[] = [];
    for (const month of months.slice(1 + LOAD_RUNS, 1 + LOAD_RUNS + BADGE_RUNS)) {
      const { first, last } = await badgesOnce(withExtension.context, month);
      badges.push(last);
      firstBadges.push(first);
    }
    const withMs = median(loads.with);
    const withoutMs = median(loads.without);
    const ratio = withMs / withoutMs;
    const badgeMs = median(badges);
    return [
      {
        name: 'portal page load, with ÷ without the extension',
        figure: `${num(ratio, 2)}× (${num(withMs, 0)} ms)`,
        baseline: `without ${num(withoutMs, 0)} ms`,
        goal: `≤ ${num(LOAD_GOAL, 2)}×`,
        pass: ratio <= LOAD_GOAL,
        value: ratio,
        unit: '×',
        note: `open a month and show its ${GROUPS.length} groups (answers new to the extension), alternating, medians of ${LOAD_RUNS}; with ${loads.with.map((x) => num(x, 0)).join(' ')} ms, without ${loads.without.map((x) => num(x, 0)).join(' ')} ms`,
      },
      {
        name: 'answer received → stored → all badges drawn',
        figure: `${num(badgeMs, 0)} ms`,
        baseline: '',
        goal: `≤ ${BADGE_GOAL_MS} ms`,
        pass: badgeMs <= BADGE_GOAL_MS,
        value: badgeMs,
        unit: 'ms',
        note: `${BADGE_GROUP} (163 units, 199 KB), a month new to the extension each run, medians of ${BADGE_RUNS}: ${badges.map((x) => num(x, 0)).join(' ')} ms; first badge after ${num(median(firstBadges), 0)} ms`,
      },
    ];
  } finally {
    await without.close();
    await plain.close();
    await withExtension.close();
    await replica.close();
  }
}
