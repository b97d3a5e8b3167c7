import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Replica, startReplica } from '../replica/server.ts';
import { type LaunchedExtension, launchExtension } from './launch-browser.ts';

export const EXTENSION_DIR = join(process.cwd(), '.output', 'chrome-mv3');
/** Screenshots kept from every run (git-ignored). */
export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');
export const PORTAL_PAGE_URL = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';

/** The replica portal and headless Chromium with the built extension, mapped onto it. */
export async function startHarness(): Promise<{ replica: Replica; browser: LaunchedExtension }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const replica = await startReplica();
  try {
    const browser = await launchExtension({
      extensionDir: EXTENSION_DIR,
      replicaPort: replica.port,
      headless: true,
    });
    return { replica, browser };
  } catch (error) {
    await replica.close();
    throw error;
  }
}

/** Waits until the replica page has rendered the answer to its latest request. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="load-status"][data-state="ready"]', {
    timeout: 15_000,
  });
}
