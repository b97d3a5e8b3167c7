import { describe, expect, it } from 'vitest';
import { bareRoute, DASHBOARD_VIEWS, dashboardHash, parseDashboardRoute } from './dashboard-route';
import { latestView, storedPeriods } from './latest-view';

const UNIT = '019d2be3-6a88-732b-8b17-b68020c8553a';

describe('parseDashboardRoute', () => {
  it('reads each view of the contract with its parameters', () => {
    expect(parseDashboardRoute(`#/report?unit=${UNIT}&period=2026-08`)).toEqual({
      view: 'report',
      unit: UNIT,
      period: '2026-08',
    });
    expect(parseDashboardRoute(`#/compare?root=${UNIT}&period=2026-Q3`)).toEqual({
      view: 'compare',
      root: UNIT,
      period: '2026-Q3',
      unit: null,
    });
    expect(parseDashboardRoute(`#/trend?unit=${UNIT}&criterion=MDHL`)).toEqual({
      view: 'trend',
      unit: UNIT,
      criterion: 'MDHL',
    });
    expect(parseDashboardRoute('#/data')).toEqual({ view: 'data' });
    expect(parseDashboardRoute('#/settings')).toEqual({ view: 'settings' });
    expect(parseDashboardRoute('#/overview')).toEqual({ view: 'overview' });
  });

  it('falls back to the overview and to missing parameters, never throws', () => {
    expect(parseDashboardRoute('')).toEqual({ view: 'overview' });
    expect(parseDashboardRoute('#')).toEqual({ view: 'overview' });
    expect(parseDashboardRoute('#/nowhere?x=1')).toEqual({ view: 'overview' });
    expect(parseDashboardRoute('#/report')).toEqual({ view: 'report', unit: null, period: null });
    expect(parseDashboardRoute('#/report?unit=<script>&period=2026-13')).toEqual({
      view: 'report',
      unit: null,
      period: null,
    });
    expect(parseDashboardRoute('#/trend?unit=a%20b&criterion=')).toEqual({
      view: 'trend',
      unit: null,
      criterion: null,
    });
    expect(parseDashboardRoute('#/compare/?period=2026')).toEqual({
      view: 'compare',
      root: null,
      period: '2026',
      unit: null,
    });
  });

  it('round-trips every view through its hash', () => {
    const routes = [
      { view: 'report', unit: UNIT, period: '2026-08' },
      { view: 'compare', root: UNIT, period: '2026', unit: null },
      { view: 'compare', root: UNIT, period: '2026-08', unit: 'abc-1' },
      { view: 'trend', unit: UNIT, criterion: 'DOSSIER_RECEIVING_SATISFACTION' },
      { view: 'trend', unit: UNIT, criterion: null },
      ...DASHBOARD_VIEWS.map(bareRoute),
    ] as const;
    for (const route of routes) expect(parseDashboardRoute(dashboardHash(route))).toEqual(route);
    expect(dashboardHash({ view: 'report', unit: UNIT, period: null })).toBe(
      `#/report?unit=${UNIT}`,
    );
  });
});

describe('latestView', () => {
  const s = (rootUnitId: string | null, periodKey: string | null, observedAt: string) => ({
    rootUnitId,
    rootName: rootUnitId ? `name ${rootUnitId}` : null,
    periodKey,
    observedAt,
  });

  it('is the newest capture with a province and a period', () => {
    expect(
      latestView([
        s('a', '2026-08', '2026-09-01T10:00:00+07:00'),
        s('b', '2026-07', '2026-09-02T10:00:00+07:00'),
        s(null, '2026-09', '2026-09-03T10:00:00+07:00'),
      ]),
    ).toEqual({ rootUnitId: 'b', rootName: 'name b', periodKey: '2026-07' });
    expect(latestView([])).toBeNull();
  });

  it('lists stored periods newest first, once each', () => {
    const list = [
      s('a', '2026-07', '2026-09-01T10:00:00Z'),
      s('a', '2026-08', '2026-09-01T10:00:00Z'),
      s('b', '2026-08', '2026-09-01T10:00:00Z'),
      s('b', '2025-12', '2026-09-01T10:00:00Z'),
    ];
    expect(storedPeriods(list)).toEqual(['2026-08', '2026-07', '2025-12']);
    expect(storedPeriods(list, 'a')).toEqual(['2026-08', '2026-07']);
  });
});

describe('the comparison tables of #/compare', () => {
  it('reads table and criterion, and leaves the peer ranking and the total out of the hash', () => {
    expect(parseDashboardRoute(`#/compare?root=${UNIT}&period=2026-08&table=periods`)).toEqual({
      view: 'compare',
      root: UNIT,
      period: '2026-08',
      unit: null,
      table: 'periods',
    });
    expect(
      parseDashboardRoute(`#/compare?root=${UNIT}&table=periods&criterion=ONLINE_PAYMENT_SHARE`),
    ).toEqual({
      view: 'compare',
      root: UNIT,
      period: null,
      unit: null,
      table: 'periods',
      criterion: 'ONLINE_PAYMENT_SHARE',
    });
    // Peer is the default; a criterion only means something to units × periods.
    for (const hash of [
      '#/compare?table=peer',
      '#/compare?table=nothing&criterion=MDHL',
      '#/compare?criterion=MDHL',
    ]) {
      expect(parseDashboardRoute(hash)).toEqual(bareRoute('compare'));
    }
    expect(parseDashboardRoute('#/compare?table=criteria&criterion=MDHL')).toEqual({
      ...bareRoute('compare'),
      table: 'criteria',
    });
    expect(parseDashboardRoute('#/compare?table=periods&criterion=a%20b')).toEqual({
      ...bareRoute('compare'),
      table: 'periods',
    });
  });

  it('round-trips each table through its hash', () => {
    const routes = [
      { view: 'compare', root: UNIT, period: '2026-08', unit: 'abc-1', table: 'criteria' },
      { view: 'compare', root: UNIT, period: '2026-08', unit: null, table: 'periods' },
      {
        view: 'compare',
        root: UNIT,
        period: null,
        unit: null,
        table: 'periods',
        criterion: 'CKMB',
      },
    ] as const;
    for (const route of routes) expect(parseDashboardRoute(dashboardHash(route))).toEqual(route);
    expect(
      dashboardHash({ view: 'compare', root: UNIT, period: '2026-08', unit: null, table: 'peer' }),
    ).toBe(`#/compare?root=${UNIT}&period=2026-08`);
    expect(
      dashboardHash({
        view: 'compare',
        root: null,
        period: null,
        unit: null,
        table: 'criteria',
        criterion: 'MDHL',
      }),
    ).toBe('#/compare?table=criteria');
  });
});
