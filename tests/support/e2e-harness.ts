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

/** Console errors and uncaught exceptions of the page from now on: the badges must cause none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Phú Thọ, the province whose August 2026 groups are all captured in the fixtures. */
export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
/** Its satisfaction group by month, the view most badge tests open (add `&month=N`). */
export const SATISFACTION_QUERY = `?province=${PHU_THO}&timeType=month&year=2026&group=handling-satisfaction`;
export const BADGE = '[data-chiso766="badge"]';
export const UNIT_BADGES = '[data-chiso766="badge"]:not([data-criterion])';
