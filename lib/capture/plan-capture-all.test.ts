import { describe, expect, it } from 'vitest';
import { fixtureCaptures } from '../../tests/support/fixtures';
import { ENDPOINT_OF_GROUP, TOTAL_ENDPOINT } from '../portal';
import type { PortalView } from '../views/tab-view';
import { groupCountOf, planCaptureAll } from './plan-capture-all';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const VIEW: PortalView = {
  rootUnitId: PHU_THO,
  rootName: 'UBND tỉnh Phú Thọ',
  period: { type: 'month', year: 2026, number: 8 },
  scope: 'all',
};

describe('capture-all plans', () => {
  it('ask for every group with the very bodies the real page sent', () => {
    const sent = new Map(
      fixtureCaptures()
        .filter((c) => c.file.startsWith('phu-tho-2026-08/'))
        .map((c) => [new URL(c.url).pathname.split('/').slice(-2).join('/'), c.requestBody]),
    );
    const plan = planCaptureAll(VIEW, new Set(['TOTAL']));
    expect(plan.map((s) => s.group)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    for (const step of plan) {
      if (step.group === 'TOTAL') continue;
      expect(step.endpoint).toBe(ENDPOINT_OF_GROUP[step.group]);
      expect(step.body, step.group).toBe(JSON.stringify(sent.get(step.endpoint)));
    }
  });

  it('plan the summary (Tổng hợp) after the groups, with the body the page sends for it (#12)', () => {
    const plan = planCaptureAll(VIEW, new Set());
    expect(plan.map((s) => s.group)).toEqual([
      'CKMB',
      'TDGQ',
      'CLGQ',
      'TTTT',
      'MDHL',
      'MDSH',
      'TOTAL',
    ]);
    const summary = plan.at(-1);
    expect(summary?.endpoint).toBe(TOTAL_ENDPOINT);
    expect(summary?.label).toBe('Tổng hợp');
    // Key order as the real province request (Gia Lai, captures.json): period, then the root.
    const gialai = fixtureCaptures().find((c) => c.file.startsWith('gia-lai-2026-02/'));
    expect(Object.keys(JSON.parse(summary?.body ?? '{}'))).toEqual(
      Object.keys(gialai?.requestBody ?? {}),
    );
    expect(JSON.parse(summary?.body ?? '{}')).toEqual({
      timeType: 'month',
      year: 2026,
      month: 8,
      rootDepartmentId: PHU_THO,
    });
    expect(planCaptureAll({ ...VIEW, rootUnitId: 'NATION' }, new Set())).toEqual([]);
  });

  it('plan only the groups still missing, in group order', () => {
    const plan = planCaptureAll(VIEW, new Set(['CKMB', 'MDSH', 'TOTAL']));
    expect(plan.map((s) => s.group)).toEqual(['TDGQ', 'CLGQ', 'TTTT', 'MDHL']);
    expect(plan[0]?.label).toBe('Tiến độ giải quyết');
  });

  it('count five groups with a TTHC filter and none for the nation', () => {
    expect(groupCountOf({ ...VIEW, scope: 'formality:abc' })).toBe(5);
    expect(groupCountOf(VIEW)).toBe(6);
    expect(groupCountOf({ ...VIEW, rootUnitId: 'NATION' })).toBe(0);
  });
});
