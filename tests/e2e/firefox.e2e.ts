/**
 * The Chromium path, in Firefox for real: the built .output/firefox-mv3 installed into Debian's
 * firefox-esr over WebDriver BiDi, the portal mapped onto the replica. An official opens the
 * six groups of Phú Thọ 08/2026; the extension stores them, draws its badges, the panel shows
 * the scores and the dashboard's long CSV says what the fixtures say.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLongCsv } from '../../lib/export/long-csv';
import { type Replica, startReplica } from '../replica/server.ts';
import { cellNumber, expectedCells } from '../support/csv-vs-fixture.ts';
import { ARTIFACTS, BADGE, PHU_THO, UNIT_BADGES } from '../support/e2e-harness.ts';
import { fixtureText } from '../support/fixtures.ts';
import { type LaunchedFirefox, launchFirefox } from '../support/launch-firefox.ts';

const GROUPS = {
  transparency: 'CKMB',
  'dvc-progress-tree': 'TDGQ',
  'provide-online-tree': 'CLGQ',
  'formality-online-payment-tree': 'TTTT',
  'handling-satisfaction': 'MDHL',
  'dossier-digitized': 'MDSH',
} as const;
type Endpoint = keyof typeof GROUPS;
const ENDPOINTS = Object.keys(GROUPS) as Endpoint[];
const fileOf = (endpoint: Endpoint) => `phu-tho-2026-08/${endpoint}.json`;
const QUERY = `?province=${PHU_THO}&timeType=month&year=2026&month=8`;

/** The province's own score and maximum in one group, read from the fixture. */
function rootScore(endpoint: Endpoint): { score: number; max: number } {
  const data = JSON.parse(fixtureText(fileOf(endpoint))).data;
  const root = data.overview ?? data.parent;
  return { score: root.totalScore ?? root.score, max: root.totalMaxScore ?? root.maxScore };
}

const vi = (n: number) => String(n).replace('.', ',');

async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

describe('Firefox (firefox-esr over WebDriver BiDi) with the built extension', () => {
  let replica: Replica;
  let firefox: LaunchedFirefox;
  const portalErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    replica = await startReplica();
    try {
      firefox = await launchFirefox(replica.port);
    } catch (error) {
      await replica.close();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await replica?.close();
  });

  it('captures the six groups as an official opens them and badges the portal page', async () => {
    const page = await firefox.browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') portalErrors.push(m.text());
    });
    page.on('pageerror', (e) => portalErrors.push(String(e)));
    for (const endpoint of ENDPOINTS) {
      await page.goto(
        `https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu${QUERY}&group=${endpoint}`,
      );
      await page.waitForSelector('[data-testid="load-status"][data-state="ready"]', {
        timeout: 20_000,
      });
    }
    // The last group shown (dossier digitisation): a badge beside every unit's score.
    const rows = await page.$$eval('[data-testid="results-table"] tbody tr', (r) => r.length);
    await page.waitForFunction(
      (selector, n) => document.querySelectorAll(selector).length >= n,
      { timeout: 20_000 },
      UNIT_BADGES,
      Math.floor(rows * 0.9),
    );
    const texts = await page.$$eval(BADGE, (b) =>
      b.map((x) => `${x.shadowRoot?.textContent ?? ''} ${x.getAttribute('aria-label') ?? ''}`),
    );
    expect(texts.some((t) => /[✓✗]/.test(t))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/firefox-portal.png` });
    const stored = replica.requests.filter((r) => r.path.includes('/evaluation/'));
    expect(stored.length).toBeGreaterThanOrEqual(6);
    expect(portalErrors).toEqual([]);
  }, 120_000);

  it('shows the province, its six group scores and the total in the panel page', async () => {
    const panel = await firefox.extensionPage('sidepanel.html');
    const total = ENDPOINTS.reduce((sum, e) => sum + rootScore(e).score, 0);
    await panel.waitForFunction(
      () => /UBND tỉnh Phú Thọ — Tháng 08\/2026/.test(document.body.innerText),
      { timeout: 20_000 },
    );
    await panel.waitForFunction(
      (t) => document.body.innerText.includes(t),
      { timeout: 20_000 },
      `${vi(Math.round(total * 100) / 100)}`,
    );
    const text = await bodyText(panel);
    for (const endpoint of ENDPOINTS) {
      const { score, max } = rootScore(endpoint);
      expect(text, endpoint).toContain(`${vi(score)}/${max}`);
    }
    expect(text).not.toContain('chưa lưu');
    await panel.screenshot({ path: `${ARTIFACTS}/firefox-panel.png` });
    await panel.close();
  }, 60_000);

  it('downloads the long CSV from the dashboard with the fixtures’ numbers', async () => {
    const dashboard = await firefox.extensionPage('dashboard.html#/data');
    await dashboard.waitForFunction(
      () =>
        document.querySelector('[data-testid="stored-count"]')?.textContent === 'Đã lưu 6 bản ghi',
      { timeout: 20_000 },
    );
    // Firefox's download prompt is outside the page: the file's text is taken where the page
    // hands it to the browser.
    await dashboard.evaluate(() => {
      const w = window as unknown as { __csv?: Promise<string> };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) w.__csv = blob.text();
        return original(blob);
      };
    });
    await dashboard.click('[data-testid="export-long-csv"]');
    await dashboard.waitForFunction(() => '__csv' in window, { timeout: 20_000 });
    const text = await dashboard.evaluate(
      () => (window as unknown as { __csv: Promise<string> }).__csv,
    );
    const rows = parseLongCsv(text);
    let checked = 0;
    for (const endpoint of ENDPOINTS) {
      const byKey = new Map(
        rows
          .filter((r) => r.group === GROUPS[endpoint] && r.derived === '0')
          .map((r) => [`${r.unit_id}|${r.criterion}`, r]),
      );
      for (const [key, values] of expectedCells(fileOf(endpoint))) {
        const row = byKey.get(key);
        expect(row, `${endpoint} ${key}`).toBeDefined();
        for (const [column, value] of Object.entries(values)) {
          expect(cellNumber(row?.[column], false), `${endpoint} ${key} ${column}`).toBe(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(await bodyText(dashboard)).toMatch(/chiso766-long-\d{4}-\d{2}-\d{2}\.csv/);
    await dashboard.close();
  }, 60_000);
});
