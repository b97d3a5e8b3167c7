import type { viPanel } from './strings-panel-vi';

/** English for every key of `strings-panel-vi.ts`. */
export const enPanel: Record<keyof typeof viPanel, string> = {
  panelSummaryTab: 'Summary (the portal’s total)',
  rankAmongLabel: 'Rank among',
  rankAmongKind: 'units of the same kind',
  rankAmongAll: 'all child units',
  rankPoolAGENCY: 'agencies',
  rankPoolCOMMUNE: 'communes',
  rankPoolPROVINCE: 'provinces',
  rankPoolALL: 'units',
  rankAlone: '{ordinal} of {of} {pool}',
  rankTied: 'tied {ordinal}, {tied} units (of {of} {pool})',
  rankAloneShort: '{ordinal} of {of}',
  rankTiedShort: 'tied {ordinal}, {tied} units',
  panelDelta: '{sign} {delta} points since {previous}',
  panelDeltaSame: 'unchanged since {previous}',
  panelGroupCriteria: '{count} criteria, {notMet} below target',
  panelGroupCriteriaAllMet: '{count} criteria',
  panelFromTo: '{from} → {to}',
  panelFromToLabel: '{name}: from {from} to {to}',
  panelCaptureHere: 'Fewer than 6 groups stored, so no total yet.',
  panelCaptureElsewhere:
    'Fewer than 6 groups stored, so no total yet. Open this period on the portal page to store the missing groups.',
  panelSearchPicked: 'Selected: {name}',
};
