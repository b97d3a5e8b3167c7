import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export interface LaunchOptions {
  /** Unpacked extension, e.g. .output/chrome-mv3. */
  extensionDir: string;
  /** Port of the local replica; dichvucong.gov.vn is mapped to it unless `live`. */
  replicaPort?: number;
  headless: boolean;
  /** Profile to reuse; a fresh temporary one (deleted on close) when absent. */
  userDataDir?: string;
  /** Talk to the real portal: no host mapping, certificate errors stay errors. */
  live?: boolean;
  /** More Chromium flags (the bench's memory figures). */
  extraArgs?: readonly string[];
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

const PATH_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: $CHROME_PATH, else Debian's, else the first known name on PATH. */
export function findChromium(): string {
  const tried: string[] = [];
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    tried.push(`CHROME_PATH=${fromEnv}`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  tried.push(DEBIAN_CHROMIUM);
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of PATH_CANDIDATES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
    tried.push(`${name} on PATH`);
  }
  throw new Error(
    `Không tìm thấy Chromium / Chromium not found. Tried: ${tried.join(', ')}. ` +
      'Install it (apt-get install chromium) or set CHROME_PATH to the browser binary.',
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumArgs(options: LaunchOptions): string[] {
  const dir = resolve(options.extensionDir);
  const args = [
    // Without --disable-extensions-except, Playwright's --disable-extensions wins.
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
    '--disable-dev-shm-usage',
    ...(options.extraArgs ?? []),
  ];
  if (!options.live) {
    if (options.replicaPort === undefined) {
      throw new Error('launchExtension: replicaPort is required unless live is set');
    }
    args.push(
      // The second rule keeps Chromium's own look-ups of Google hosts off the network.
      `--host-resolver-rules=MAP dichvucong.gov.vn 127.0.0.1:${options.replicaPort}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
    );
  }
  return args;
}

export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const manifest = join(resolve(options.extensionDir), 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `No extension at ${options.extensionDir} (missing manifest.json): run npx wxt build`,
    );
  }
  const args = chromiumArgs(options);
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'chiso766-profile-')));
  const removeOwnDir = async () => {
    if (ownDir) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: options.headless,
      args,
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: !options.live,
      // Headed runs get a real window size; headless ones keep Playwright's fixed viewport.
      ...(options.headless ? {} : { viewport: null }),
    });
  } catch (error) {
    await removeOwnDir();
    throw error;
  }

  const close = async () => {
    await context.close().catch(() => {});
    await removeOwnDir();
  };

  try {
    const serviceWorker = await findServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch (error) {
    throw new Error(
      'The extension service worker did not start within 15 s: is the build an MV3 extension ' +
        `with a background entry? (${String(error)})`,
    );
  }
}
