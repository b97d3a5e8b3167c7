import { describe, expect, it } from 'vitest';
import { dashboardHash, MAX_TREND_UNITS, parseDashboardRoute } from './dashboard-route';

const UNIT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const ids = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5', 'f-6'];

describe('#/trend with units overlaid and the spread period', () => {
  it('reads `with` as at most four valid ids, once each, never the unit itself', () => {
    const route = parseDashboardRoute(
      `#/trend?unit=${UNIT}&with=${[UNIT, 'a-1', 'bad id', '<x>', 'a-1', ...ids.slice(1)].join(',')}`,
    );
    expect(route).toEqual({
      view: 'trend',
      unit: UNIT,
      criterion: null,
      with: ['a-1', 'b-2', 'c-3', 'd-4'],
    });
    expect(1 + (route.view === 'trend' ? (route.with?.length ?? 0) : 0)).toBe(MAX_TREND_UNITS);
  });

  it('leaves `with` out when none is valid, and reads a month for the spread', () => {
    expect(parseDashboardRoute(`#/trend?unit=${UNIT}&with=,%20,<b>&period=2026-07`)).toEqual({
      view: 'trend',
      unit: UNIT,
      criterion: null,
      period: '2026-07',
    });
    expect(parseDashboardRoute(`#/trend?unit=${UNIT}&period=2026-13`)).toEqual({
      view: 'trend',
      unit: UNIT,
      criterion: null,
    });
  });

  it('round-trips through its hash, the parameters in a fixed order', () => {
    const route = {
      view: 'trend',
      unit: UNIT,
      criterion: 'MDHL',
      with: ['a-1', 'b-2'],
      period: '2026-08',
    } as const;
    const hash = dashboardHash({ ...route, with: [...route.with] });
    expect(hash).toBe(`#/trend?unit=${UNIT}&criterion=MDHL&with=a-1%2Cb-2&period=2026-08`);
    expect(parseDashboardRoute(hash)).toEqual(route);
    expect(dashboardHash({ view: 'trend', unit: UNIT, criterion: null, with: [] })).toBe(
      `#/trend?unit=${UNIT}`,
    );
  });
});
