import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedDerivedJuly, observedFixture, PHU_THO_FILES } from '../../tests/support/observed';
import type { UnitsByCriteria } from '../compare/units-by-criteria';
import type { UnitsByPeriods } from '../compare/units-by-periods';
import type { ChisoDatabase } from '../db/database';
import { handleRequest } from './handle-request';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

interface RawRow {
  departmentId: string;
  totalScore: number;
}
const satisfaction = (path: string) =>
  new Map(
    (JSON.parse(readFileSync(path, 'utf8')).data.evaluation as RawRow[]).map((r) => [
      r.departmentId,
      r.totalScore,
    ]),
  );
const AUGUST = satisfaction(
  'tests/fixtures/portal-2026/phu-tho-2026-08/handling-satisfaction.json',
);
const JULY = satisfaction(
  'tests/fixtures/portal-2026-derived/phu-tho-2026-07/handling-satisfaction.json',
);

describe('units × periods and units × criteria, asked by the comparison view', () => {
  let db: ChisoDatabase;
  const ask = (request: unknown, sender: 'extension-page' | 'portal-content-script') =>
    handleRequest(request, sender, { db, now: () => new Date('2026-09-27T00:00:00Z') });

  beforeAll(async () => {
    db = freshDatabase('compare-requests');
    for (const file of PHU_THO_FILES) {
      const call = observedFixture(file, { observedAt: '2026-09-26T18:14:39.135Z' });
      await ask({ type: 'capture:observed', pageUrl: PAGE, call }, 'portal-content-script');
    }
    await ask(
      { type: 'capture:observed', pageUrl: PAGE, call: observedDerivedJuly() },
      'portal-content-script',
    );
  });

  it('follows a group over the stored months, the province first, empty where not stored', async () => {
    const reply = await ask(
      { type: 'compare:periods', rootUnitId: PHU_THO, periodKey: '2026-08', criterion: 'MDHL' },
      'extension-page',
    );
    const table = (reply.ok ? reply.value : null) as UnitsByPeriods | null;
    expect(table?.periods.map((p) => p.key)).toEqual(['2026-07', '2026-08']);
    expect(table?.measure).toEqual({ type: 'group', group: 'MDHL' });
    expect(table?.rows[0]?.isRoot).toBe(true);
    expect(table?.rows.length).toBeGreaterThan(150);
    for (const row of table?.rows.slice(1) ?? []) {
      const [july, august] = row.cells;
      expect(july?.value ?? null).toBe(JULY.get(row.unit.id) ?? null);
      expect(august?.value ?? null).toBe(AUGUST.get(row.unit.id) ?? null);
      if (july?.value != null && august?.value != null) {
        expect(august.delta).toBeCloseTo(august.value - july.value, 2);
      }
    }
    // Only satisfaction is stored for July: the total has no July value, not 0.
    const total = await ask(
      { type: 'compare:periods', rootUnitId: PHU_THO, periodKey: '2026-08' },
      'extension-page',
    );
    const totals = (total.ok ? total.value : null) as UnitsByPeriods | null;
    expect(totals?.rows.every((r) => r.cells[0]?.value === null)).toBe(true);
    expect(totals?.rows.some((r) => (r.cells[1]?.value ?? 0) > 0)).toBe(true);
  });

  it('gives the criteria with a target of one month, all of them when asked', async () => {
    const reply = await ask(
      { type: 'compare:criteria', rootUnitId: PHU_THO, periodKey: '2026-08' },
      'extension-page',
    );
    const table = (reply.ok ? reply.value : null) as UnitsByCriteria | null;
    expect(table?.columns.length).toBeGreaterThan(0);
    expect(table?.columns.every((c) => c.target !== null)).toBe(true);
    expect(table?.rows[0]?.isRoot).toBe(true);
    expect(table?.rows.length).toBeGreaterThan(150);
    const all = await ask(
      {
        type: 'compare:criteria',
        rootUnitId: PHU_THO,
        periodKey: '2026-08',
        withTargetOnly: false,
      },
      'extension-page',
    );
    const wide = (all.ok ? all.value : null) as UnitsByCriteria | null;
    expect(wide?.columns.length).toBeGreaterThan(table?.columns.length ?? 0);
    const none = await ask(
      { type: 'compare:criteria', rootUnitId: PHU_THO, periodKey: '2025-01' },
      'extension-page',
    );
    expect(none).toEqual({ ok: true, value: null });
  });

  it('refuses content scripts and malformed parameters', async () => {
    for (const type of ['compare:periods', 'compare:criteria']) {
      expect(
        await ask({ type, rootUnitId: PHU_THO, periodKey: '2026-08' }, 'portal-content-script'),
      ).toMatchObject({ ok: false, code: 'errRequestNotAllowed' });
      expect(
        await ask({ type, rootUnitId: '<b>', periodKey: '2026-08' }, 'extension-page'),
      ).toMatchObject({ ok: false, code: 'errBadRequest' });
    }
    expect(
      await ask(
        { type: 'compare:periods', rootUnitId: PHU_THO, periodKey: '2026-08', criterion: 'a b' },
        'extension-page',
      ),
    ).toMatchObject({ ok: false, code: 'errBadRequest' });
  });
});
