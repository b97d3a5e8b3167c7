import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../tests/support/fresh-db';
import { observedFixture, PHU_THO_FILES } from '../../tests/support/observed';
import type { PeerRanking } from '../compare/peer-ranking';
import type { ChisoDatabase } from '../db/database';
import type { WorkbookDataReply } from '../protocol/replies';
import type { ReportModel } from '../report/report-model';
import type { UnitTrend } from '../trend/unit-trend';
import { handleRequest } from './handle-request';

const PAGE = 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu';
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

describe('the dashboard views ask the background', () => {
  let db: ChisoDatabase;
  const ask = (request: unknown, sender: 'extension-page' | 'portal-content-script') =>
    handleRequest(request, sender, { db, now: () => new Date('2026-09-27T00:00:00Z') });

  beforeAll(async () => {
    db = freshDatabase('dashboard-requests');
    for (const file of PHU_THO_FILES) {
      const call = observedFixture(file, { observedAt: '2026-09-26T18:14:39.135Z' });
      await ask({ type: 'capture:observed', pageUrl: PAGE, call }, 'portal-content-script');
    }
  });

  it('builds the report of a stored unit and period, null for a period with nothing', async () => {
    const reply = await ask(
      { type: 'report:build', unitId: PHU_THO, periodKey: '2026-08' },
      'extension-page',
    );
    expect(reply.ok).toBe(true);
    const model = (reply.ok ? reply.value : null) as ReportModel | null;
    expect(model?.unit.name).toMatch(/Phú Thọ/);
    expect(model?.total.score).not.toBeNull();
    expect(model?.groups).toHaveLength(6);
    const empty = await ask(
      { type: 'report:build', unitId: PHU_THO, periodKey: '2025-01' },
      'extension-page',
    );
    expect(empty).toEqual({ ok: true, value: null });
  });

  it('ranks the children and draws a unit over the stored months', async () => {
    const peer = await ask(
      { type: 'compare:peer', rootUnitId: PHU_THO, periodKey: '2026-08', kind: 'COMMUNE' },
      'extension-page',
    );
    const ranking = (peer.ok ? peer.value : null) as PeerRanking | null;
    expect(ranking?.rows.length).toBeGreaterThan(100);
    expect(ranking?.rows.every((r) => r.unit.kind === 'COMMUNE')).toBe(true);
    const trend = await ask({ type: 'trend:unit', unitId: PHU_THO }, 'extension-page');
    const series = (trend.ok ? trend.value : null) as UnitTrend | null;
    expect(series?.points.map((p) => p.periodKey)).toEqual(['2026-08']);
  });

  it('gives the ranking workbook data with its instant as text for the page to build', async () => {
    const reply = await ask(
      { type: 'compare:workbook', rootUnitId: PHU_THO, periodKey: '2026-08' },
      'extension-page',
    );
    const data = (reply.ok ? reply.value : null) as WorkbookDataReply | null;
    expect(data?.generatedAt).toBe('2026-09-27T00:00:00.000Z');
    expect(data?.peer.rows.length).toBeGreaterThan(150);
    expect(data?.highlightUnitId).toBeNull();
  });

  it('refuses content scripts and malformed ids or periods', async () => {
    const fromPortal = await ask(
      { type: 'report:build', unitId: PHU_THO, periodKey: '2026-08' },
      'portal-content-script',
    );
    expect(fromPortal).toMatchObject({ ok: false, code: 'errRequestNotAllowed' });
    for (const bad of [
      { type: 'report:build', unitId: PHU_THO, periodKey: '2026-13' },
      { type: 'compare:peer', rootUnitId: '<img>', periodKey: '2026-08' },
      { type: 'trend:unit', unitId: PHU_THO, criterion: 'a b' },
    ]) {
      expect(await ask(bad, 'extension-page')).toMatchObject({ ok: false, code: 'errBadRequest' });
    }
  });
});
