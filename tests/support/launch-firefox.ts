import { accessSync, constants } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi with the built extension installed,
 * dichvucong.gov.vn mapped onto the local replica: Firefox resolves every name to one loopback
 * address (`network.dns.forceResolve`) where a plain TCP relay on port 443 hands the TLS
 * stream to the replica, whose self-signed certificate the session accepts.
 */

export const FIREFOX_DIR = resolve('.output', 'firefox-mv3');
const GECKO_ID = 'chiso766@chiso766.vn';
/** Fixed, so the test knows the moz-extension:// origin (Firefox picks a random one). */
export const FIREFOX_UUID = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new Error(
      `Không tìm thấy Firefox / Firefox not found at ${path}. ` +
        'Install it (apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Opens an extension page in a new tab (see `openExtensionPage`). */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A loopback address of its own (127.x.y.7 from the process id), so parallel runs on one
 * machine, each with its own relay on port 443, do not collide.
 */
function loopbackAddress(): string {
  return `127.${(process.pid >> 8) & 255}.${process.pid & 255}.7`;
}

function relay(address: string, replicaPort: number): Promise<Server> {
  const server = createServer((socket) => {
    const upstream = connect(replicaPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    // A tab closing mid-request resets one side; the other just ends.
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  return new Promise((done, fail) => {
    server.once('error', (error) =>
      fail(new Error(`cannot listen on ${address}:443 (root needed): ${String(error)}`)),
    );
    server.listen(443, address, () => done(server));
  });
}

export async function launchFirefox(replicaPort: number): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  const address = loopbackAddress();
  const server = await relay(address, replicaPort);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      protocol: 'webDriverBiDi',
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.dns.forceResolve': address,
        'network.dns.disableIPv6': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      },
    });
    const id = await browser.installExtension(FIREFOX_DIR);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    browser,
    extensionPage: (path) => openExtensionPage(browser, path),
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * WebDriver BiDi may not navigate a tab to moz-extension:// itself, but a portal page may:
 * sidepanel.html is web-accessible to the portal (the drawer frames it), and from there the
 * extension's other pages are same-origin. The tab starts on a replica path that loads no data.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('https://dichvucong.gov.vn/chiso766-blank');
  await navigateInPage(page, `${EXTENSION_ORIGIN}/sidepanel.html`);
  if (path !== 'sidepanel.html') await navigateInPage(page, `${EXTENSION_ORIGIN}/${path}`);
  return page;
}

async function navigateInPage(page: Page, url: string): Promise<void> {
  await page.evaluate((target) => {
    location.href = target;
  }, url);
  const [base] = url.split('#');
  await page.waitForFunction(
    (b) => location.href.startsWith(b ?? '') && document.body,
    {
      timeout: 20_000,
    },
    base,
  );
}
