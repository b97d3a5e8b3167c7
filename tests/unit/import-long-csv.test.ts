import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handleRequest } from '../../lib/background/handle-request';
import type { ChisoDatabase } from '../../lib/db/database';
import { BOM } from '../../lib/export/csv-profiles';
import { parseLongCsv } from '../../lib/export/long-csv';
import { readLongCsv } from '../../lib/import/long-csv-import';
import type { ImportApplied, ImportPreview } from '../../lib/import/preview';
import { fixtureCaptures } from '../support/fixtures';
import { freshDatabase } from '../support/fresh-db';
import { observedFixture, PORTAL_PAGE } from '../support/observed';

// Each test stores and reads whole captures in fake IndexedDB: seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** Every fixture with numbers: Phú Thọ's six groups, the national and Gia Lai summaries. */
const FILES = fixtureCaptures()
  .map((c) => c.file)
  .filter((f) => !f.startsWith('formalities'));
const NOW = () => new Date('2026-09-30T00:00:00Z');

async function ask<T>(db: ChisoDatabase, request: unknown): Promise<T> {
  const kind = (request as { type: string }).type === 'capture:observed';
  const reply = await handleRequest(request, kind ? 'portal-content-script' : 'extension-page', {
    db,
    now: NOW,
  });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const exportCsv = (db: ChisoDatabase, profile: 'standard' | 'excel-vn') =>
  ask<{ text: string }>(db, { type: 'export:long-csv', profile }).then((r) => r.text);

describe('the long CSV read back', () => {
  const texts = { standard: '', 'excel-vn': '' };

  beforeAll(async () => {
    const db = freshDatabase('import-source');
    for (const file of FILES) {
      await ask(db, {
        type: 'capture:observed',
        pageUrl: PORTAL_PAGE,
        call: observedFixture(file),
      });
    }
    texts.standard = await exportCsv(db, 'standard');
    texts['excel-vn'] = await exportCsv(db, 'excel-vn');
  }, 60_000);

  it('tells the two profiles apart and reads the same values from both', () => {
    const standard = readLongCsv(texts.standard);
    const excel = readLongCsv(texts['excel-vn']);
    expect(standard.profile).toBe('standard');
    expect(excel.profile).toBe('excel-vn');
    expect(standard.issues).toEqual([]);
    expect(excel.issues).toEqual([]);
    expect(standard.rows.length).toBe(parseLongCsv(texts.standard).length);
    expect(excel.rows.map((r) => r.observation)).toEqual(standard.rows.map((r) => r.observation));
    // Phú Thọ's six groups, the national summary and Gia Lai's: eight snapshots.
    const snapshots = new Set(
      standard.rows.map((r) => `${r.subject}|${r.rootUnitId}|${r.periodKey}`),
    );
    expect(snapshots.size).toBe(8);
  });

  it('keeps null apart from 0 and reads decimal commas as the Excel profile writes them', () => {
    const raw = parseLongCsv(texts['excel-vn']);
    const rows = readLongCsv(texts['excel-vn']).rows;
    const i = raw.findIndex((r) => (r.ratio ?? '').includes(','));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rows[i]?.observation.ratio).toBe(Number(raw[i]?.ratio?.replace(',', '.')));
    const empty = raw.findIndex((r) => r.numerator === '');
    expect(rows[empty]?.observation.numerator).toBeNull();
  });

  it('refuses a decimal point in an Excel VN file, naming line and column', () => {
    const lines = texts['excel-vn'].split('\r\n');
    const header = (lines[0] ?? '').replace(BOM, '').split(';');
    const ratioAt = header.indexOf('ratio');
    const cells = (lines[1] ?? '').split(';');
    cells[ratioAt] = '37.45';
    const broken = [lines[0], cells.join(';'), ...lines.slice(2)].join('\r\n');
    const read = readLongCsv(broken);
    expect(read.issues).toContainEqual(
      expect.objectContaining({ row: 2, column: 'ratio', code: 'wrong-decimal' }),
    );
  });

  it('imported into a fresh profile exports the same values, marked import, and adds nothing twice', async () => {
    for (const profile of ['standard', 'excel-vn'] as const) {
      const db = freshDatabase(`import-target-${profile}`);
      const source = { kind: 'long-csv', text: texts[profile] };
      const preview = await ask<ImportPreview>(db, {
        type: 'import:preview',
        source,
        fileName: 'x.csv',
      });
      expect(preview.issueCount).toBe(0);
      expect(preview.periods).toEqual(
        [...new Set(parseLongCsv(texts[profile]).map((r) => r.period))].sort(),
      );
      expect(preview.periods).toContain('2026-08');
      const applied = await ask<ImportApplied>(db, {
        type: 'import:apply',
        source,
        fileName: 'x.csv',
      });
      expect(applied.added).toBe(preview.good);
      const again = await ask<ImportApplied>(db, {
        type: 'import:apply',
        source,
        fileName: 'x.csv',
      });
      expect(again).toMatchObject({ added: 0, alreadyImported: true });

      const before = parseLongCsv(texts[profile]);
      const after = parseLongCsv(await exportCsv(db, profile));
      expect(after.length).toBe(before.length);
      expect(after.every((r) => r.portal === 'import')).toBe(true);
      const strip = (r: Record<string, string>) => ({ ...r, portal: '' });
      expect(after.map(strip)).toEqual(before.map(strip));
    }
  }, 60_000);
});
