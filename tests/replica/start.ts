// `npm start`: build the extension, serve the replica portal and open it in Chromium with the
// extension loaded. Without a display it takes screenshots instead and exits.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { waitForStoredCount } from '../support/extension-db.ts';
import { type LaunchedExtension, launchExtension } from '../support/launch-browser.ts';
import { PAGE_PATH, PORTAL_HOST, type Replica, startReplica } from './server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXTENSION_DIR = resolve(ROOT, '.output', 'chrome-mv3');
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const START_QUERY = `?province=${PHU_THO}&timeType=month&year=2026&month=8&group=transparency`;
const READY = '[data-testid="load-status"][data-state="ready"]';
/** The real August and the July derived from it (the replica marks it illustrative). */
const DEMO_MONTHS = [7, 8];
const DEMO_GROUPS = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    out: { type: 'string', default: 'start-screenshots' },
    live: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
  },
});

function hasDisplay(): boolean {
  return (
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

function say(vi: string, en: string): void {
  console.log(`${vi}\n  ${en}`);
}

function build(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`npx wxt build exited with ${code}`)),
    );
  });
}

async function main(): Promise<number> {
  const headed = hasDisplay() && !values.headless;
  if (values.live && !headed) {
    say(
      'Chế độ --live cần màn hình (DISPLAY/WAYLAND_DISPLAY) để mở trình duyệt có giao diện.',
      '--live needs a display (DISPLAY/WAYLAND_DISPLAY) for a headed browser.',
    );
    return 1;
  }
  await build();

  let replica: Replica | undefined;
  let browser: LaunchedExtension | undefined;
  const cleanUp = async () => {
    await browser?.close();
    await replica?.close();
  };
  try {
    if (!values.live) {
      const port = values.port === undefined ? 0 : Number.parseInt(values.port, 10);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new Error(`--port must be a port number, got ${values.port}`);
      }
      replica = await startReplica({ port });
      say(
        `Bản sao cổng dịch vụ công chạy tại ${replica.origin} (trình duyệt thấy là https://${PORTAL_HOST}).`,
        `Replica portal at ${replica.origin} (the browser sees it as https://${PORTAL_HOST}).`,
      );
    }
    const launchStart = performance.now();
    browser = await launchExtension({
      extensionDir: EXTENSION_DIR,
      headless: !headed,
      live: values.live,
      ...(replica ? { replicaPort: replica.port } : {}),
    });
    const launchMs = Math.round(performance.now() - launchStart);
    say(
      `Đã mở Chromium với tiện ích ${browser.extensionId} sau ${launchMs} ms.`,
      `Chromium started with extension ${browser.extensionId} in ${launchMs} ms.`,
    );
    if (!values.live) await captureDemo(browser);
    const url = `https://${PORTAL_HOST}${PAGE_PATH}${values.live ? '' : START_QUERY}`;
    if (headed) {
      await runHeaded(browser.context, url);
    } else {
      // Ctrl+C mid-run must still remove the temporary profile and free the port.
      process.once('SIGINT', () => {
        cleanUp().finally(() => process.exit(130));
      });
      await takeScreenshots(browser, resolve(ROOT, values.out));
    }
    return 0;
  } finally {
    await cleanUp();
  }
}

/**
 * Opens every group of two months on the replica, as an official would click through the
 * tabs, so the extension has stored what it needs before the hand-over: ✓/✗ and ▲▼ badges on
 * the page, a total in the side panel, a report one click away in the dashboard.
 */
async function captureDemo(browser: LaunchedExtension): Promise<void> {
  const page = await browser.context.newPage();
  for (const month of DEMO_MONTHS) {
    for (const group of DEMO_GROUPS) {
      const query = `?province=${PHU_THO}&timeType=month&year=2026&month=${month}&group=${group}`;
      await page.goto(`https://${PORTAL_HOST}${PAGE_PATH}${query}`);
      await page.waitForSelector(READY, { timeout: 30_000 });
    }
  }
  const expected = DEMO_MONTHS.length * DEMO_GROUPS.length;
  // tsx keeps function names with a `__name` helper that the worker does not have; functions
  // sent to the worker for evaluation need it defined there.
  await browser.serviceWorker.evaluate('globalThis.__name ??= (fn) => fn');
  await waitForStoredCount(browser.serviceWorker, expected, 30_000);
  await page.close();
  say(
    `Đã lưu sáu nhóm chỉ số của tháng 07/2026 (minh họa) và 08/2026 cho UBND tỉnh Phú Thọ.`,
    `Stored the six groups of 07/2026 (illustrative) and 08/2026 for Phú Thọ.`,
  );
}

async function runHeaded(context: BrowserContext, url: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  say(
    'Trình duyệt đang mở. Đóng cửa sổ hoặc nhấn Ctrl+C để dừng.',
    'The browser is open. Close its window or press Ctrl+C to stop.',
  );
  await new Promise<void>((done) => {
    context.once('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function takeScreenshots(browser: LaunchedExtension, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const { context, extensionId } = browser;
  const portal = context.pages()[0] ?? (await context.newPage());
  await portal.setViewportSize({ width: 1366, height: 900 });
  await portal.goto(`https://${PORTAL_HOST}${PAGE_PATH}${START_QUERY}`);
  await portal.waitForSelector(READY, { timeout: 30_000 });
  const files = [resolve(outDir, 'portal.png')];
  await portal.screenshot({ path: files[0], fullPage: true });

  // Each page is pictured once what it is for has drawn (`shows`).
  const shots: { name: string; page: string; width: number; shows: string }[] = [
    { name: 'sidepanel', page: 'sidepanel.html', width: 420, shows: 'scorecard-total' },
    { name: 'dashboard', page: 'dashboard.html', width: 1024, shows: 'analysis-table' },
    { name: 'report', page: 'dashboard.html#/report', width: 1024, shows: 'report-text' },
    { name: 'compare', page: 'dashboard.html#/compare', width: 1024, shows: 'peer-table' },
    { name: 'trend', page: 'dashboard.html#/trend', width: 1024, shows: 'trend-table' },
  ];
  for (const shot of shots) {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: shot.width, height: 900 });
    const file = resolve(outDir, `${shot.name}.png`);
    await openExtensionPage(tab, `chrome-extension://${extensionId}/${shot.page}`, shot.shows);
    await tab.screenshot({ path: file, fullPage: shot.width > 420 });
    files.push(file);
    await tab.close();
  }

  say(
    `Không có màn hình nên đã chạy ẩn và lưu ảnh chụp:\n${files.map((f) => `  - ${f}`).join('\n')}`,
    `No display, so it ran headless and saved screenshots (listed above) in ${outDir}.`,
  );
  say(
    'Muốn xem trực tiếp: chạy `npm start` trên máy có màn hình (hoặc đặt DISPLAY, ví dụ dùng xvfb-run -a npm start). Thêm `-- --live` để mở cổng thật.',
    'For a headed run: run `npm start` on a machine with a display (or set DISPLAY, e.g. xvfb-run -a npm start). Add `-- --live` to open the real portal.',
  );
}

/** A page that does not draw what it is for in time is pictured as it is, and said so. */
async function openExtensionPage(tab: Page, url: string, shows: string): Promise<void> {
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await tab.waitForSelector(`[data-testid="${shows}"]`, { timeout: 15_000 });
  } catch (error) {
    say(
      `Không mở được ${url} (trang có thể chưa có trong bản dựng).`,
      `Could not open ${url} (the page may not be in the build yet): ${String(error).split('\n')[0]}`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Lỗi / Error:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
