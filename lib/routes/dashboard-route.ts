import { parsePeriodKey, periodKey } from '../model/period';

/**
 * The dashboard's addressable views (`dashboard.html#/report?unit=…&period=…`): a link or a
 * test reopens the same view. Pure: parsing never throws, anything unknown or malformed is
 * dropped (an unknown view is the overview, a bad parameter is "missing").
 */

export type DashboardRoute =
  | { view: 'overview' }
  | { view: 'data' }
  | { view: 'settings' }
  | { view: 'report'; unit: string | null; period: string | null }
  /**
   * `unit` (optional, beyond the contract): the row to highlight. `table`: which comparison
   * (absent: the peer ranking); `criterion`: what units × periods follows (absent: the total).
   */
  | {
      view: 'compare';
      root: string | null;
      period: string | null;
      unit: string | null;
      table?: CompareTable;
      criterion?: string;
    }
  | {
      view: 'trend';
      unit: string | null;
      criterion: string | null;
      /** Units overlaid on the chart beside `unit` (at most MAX_TREND_UNITS − 1); absent when none. */
      with?: string[];
      /** The period of the children's spread; absent is the latest stored. */
      period?: string;
    };

export type DashboardView = DashboardRoute['view'];

/** The comparison tables of `#/compare`: peer ranking, units × periods, units × criteria. */
export type CompareTable = 'peer' | 'periods' | 'criteria';
export const COMPARE_TABLES: readonly CompareTable[] = ['peer', 'periods', 'criteria'];

export const DASHBOARD_VIEWS: readonly DashboardView[] = [
  'overview',
  'report',
  'compare',
  'trend',
  'data',
  'settings',
];

/** Unit ids are the portal's UUIDs; criteria and groups are upper-case codes. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const CODE = /^[A-Za-z0-9_.-]{1,80}$/;

function idParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return ID.test(value) ? value : null;
}

function codeParam(params: URLSearchParams): string | null {
  const value = params.get('criterion')?.trim() ?? '';
  return CODE.test(value) ? value : null;
}

/** The trend chart draws the unit and at most four more. */
export const MAX_TREND_UNITS = 5;

/** `with=<id>,<id>…`: valid ids only, once each, not the unit itself, at most four. */
export function withParam(params: URLSearchParams, unit: string | null): string[] {
  const ids = (params.get('with') ?? '').split(',').map((id) => id.trim());
  const kept: string[] = [];
  for (const id of ids) {
    if (kept.length >= MAX_TREND_UNITS - 1) break;
    if (ID.test(id) && id !== unit && !kept.includes(id)) kept.push(id);
  }
  return kept;
}

function periodParam(params: URLSearchParams): string | null {
  const value = params.get('period')?.trim() ?? '';
  const period = value ? parsePeriodKey(value) : null;
  return period ? periodKey(period) : null;
}

export function parseDashboardRoute(hash: string): DashboardRoute {
  const text = hash.replace(/^#/, '').replace(/^\//, '');
  const cut = text.indexOf('?');
  const view = (cut < 0 ? text : text.slice(0, cut)).replace(/\/+$/, '');
  const params = new URLSearchParams(cut < 0 ? '' : text.slice(cut + 1));
  switch (view) {
    case 'data':
    case 'settings':
      return { view };
    case 'report':
      return { view, unit: idParam(params, 'unit'), period: periodParam(params) };
    case 'compare': {
      const table = COMPARE_TABLES.find((t) => t === params.get('table') && t !== 'peer');
      const criterion = codeParam(params);
      return {
        view,
        root: idParam(params, 'root'),
        period: periodParam(params),
        unit: idParam(params, 'unit'),
        ...(table ? { table } : {}),
        ...(table === 'periods' && criterion ? { criterion } : {}),
      };
    }
    case 'trend': {
      const criterion = params.get('criterion')?.trim() ?? '';
      const unit = idParam(params, 'unit');
      const others = withParam(params, unit);
      const period = periodParam(params);
      return {
        view,
        unit,
        criterion: CODE.test(criterion) ? criterion : null,
        ...(others.length > 0 ? { with: others } : {}),
        ...(period ? { period } : {}),
      };
    }
    default:
      return { view: 'overview' };
  }
}

function query(entries: [string, string | null][]): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value !== null) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The hash of a route, parameters in a fixed order; missing ones are left out. */
export function dashboardHash(route: DashboardRoute): string {
  switch (route.view) {
    case 'report':
      return `#/report${query([
        ['unit', route.unit],
        ['period', route.period],
      ])}`;
    case 'compare':
      return `#/compare${query([
        ['root', route.root],
        ['period', route.period],
        ['unit', route.unit],
        ['table', route.table && route.table !== 'peer' ? route.table : null],
        ['criterion', route.table === 'periods' ? (route.criterion ?? null) : null],
      ])}`;
    case 'trend':
      return `#/trend${query([
        ['unit', route.unit],
        ['criterion', route.criterion],
        ['with', route.with?.length ? route.with.join(',') : null],
        ['period', route.period ?? null],
      ])}`;
    default:
      return `#/${route.view}`;
  }
}

/** A view's route with no parameters: the page fills them with the defaults. */
export function bareRoute(view: DashboardView): DashboardRoute {
  switch (view) {
    case 'report':
      return { view, unit: null, period: null };
    case 'compare':
      return { view, root: null, period: null, unit: null };
    case 'trend':
      return { view, unit: null, criterion: null };
    default:
      return { view };
  }
}
