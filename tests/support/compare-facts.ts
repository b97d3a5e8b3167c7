/**
 * What the comparison e2e test checks against: Phú Thọ's July (derived) and August (real)
 * fixtures read straight from the JSON, and readers of the tables and CSV files on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { PHU_THO } from './e2e-harness.ts';

export const FILES = [
  'transparency',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
  'handling-satisfaction',
  'dossier-digitized',
];
export const DIRS = {
  '2026-07': join('tests', 'fixtures', 'portal-2026-derived', 'phu-tho-2026-07'),
  '2026-08': join('tests', 'fixtures', 'portal-2026', 'phu-tho-2026-08'),
} as const;
type Month = keyof typeof DIRS;

interface RawMetric {
  code: string;
  numerator: number;
  denominator: number;
  ratio: number;
}
interface RawRow {
  departmentId: string;
  departmentName: string;
  departmentLevel?: string;
  totalScore?: number | null;
  score?: number | null;
  metrics?: RawMetric[];
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
export const read = (month: Month, file: string) =>
  JSON.parse(readFileSync(join(DIRS[month], `${file}.json`), 'utf8')).data as {
    overview?: RawRow;
    parent?: RawRow;
    evaluation?: RawRow[];
    children?: RawRow[];
  };

/** Per month: each unit's six group scores (the root's too), its name and whether a commune. */
export function monthFacts(month: Month) {
  const groups = new Map<string, number[]>();
  const names = new Map<string, string>();
  const communes = new Set<string>();
  const satisfaction = new Map<string, number>();
  for (const file of FILES) {
    const data = read(month, file);
    const root = data.overview ?? data.parent;
    if (!root) throw new Error(`${month} ${file}: no root row`);
    const rows = [{ ...root, departmentId: PHU_THO }, ...(data.evaluation ?? data.children ?? [])];
    for (const row of rows) {
      const score = row.totalScore ?? row.score;
      if (typeof score === 'number') {
        groups.set(row.departmentId, [...(groups.get(row.departmentId) ?? []), score]);
      }
      if (row.departmentId === PHU_THO) continue;
      names.set(row.departmentId, row.departmentName.normalize('NFC'));
      if (row.departmentLevel === 'COMMUNE') communes.add(row.departmentId);
      const drs = row.metrics?.find((m) => m.code === 'DOSSIER_RECEIVING_SATISFACTION');
      if (file === 'handling-satisfaction' && drs && drs.denominator > 0) {
        satisfaction.set(row.departmentId, drs.ratio);
      }
    }
  }
  const totals = new Map<string, number>();
  for (const [id, six] of groups) {
    if (six.length === FILES.length) totals.set(id, round2(six.reduce((a, b) => a + b, 0)));
  }
  /** The satisfaction group (MDHL) score, the fifth file. */
  const mdhl = new Map<string, number>();
  for (const row of [...(read(month, 'handling-satisfaction').evaluation ?? [])]) {
    if (typeof row.totalScore === 'number') mdhl.set(row.departmentId, row.totalScore);
  }
  return { totals, names, communes, satisfaction, mdhl };
}

export const vi2 = (n: number) =>
  `${n < 0 ? '−' : ''}${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(n))}`;
export const trendOf = (before: number | undefined, now: number | undefined) => {
  if (before === undefined || now === undefined) return null;
  const d = round2(now - before);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
};

/** Every row of a comparison table: unit id → the text of each `data-col` cell and its marks. */
export async function tableCells(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((rows) =>
    rows.map((tr) => ({
      unit: tr.getAttribute('data-unit') ?? '',
      name: tr.querySelector('th')?.textContent ?? '',
      cells: Object.fromEntries(
        [...tr.querySelectorAll('td[data-col]')].map((td) => [
          td.getAttribute('data-col'),
          {
            value: td.querySelector('[data-value]')?.textContent ?? '',
            status: td.getAttribute('data-status'),
            trend: td.getAttribute('data-trend'),
            gap: td.querySelector('[data-gap]')?.textContent ?? null,
          },
        ]),
      ),
    })),
  );
}

/** Both CSV profiles of the table on screen, as raw text and parsed rows. */
export async function downloadCsvs(page: Page) {
  const out: Record<'standard' | 'excel', { name: string; text: string; rows: string[][] }> =
    {} as never;
  for (const [profile, testId] of [
    ['standard', 'export-table-csv'],
    ['excel', 'export-table-csv-excel'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(testId).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
      delimiter: profile === 'excel' ? ';' : ',',
      skipEmptyLines: true,
    });
    out[profile] = { name: download.suggestedFilename(), text, rows: parsed.data };
  }
  return out;
}

export const csvNumber = (text: string | undefined) =>
  text === undefined || text === '' ? null : Number(text.replace(',', '.'));
