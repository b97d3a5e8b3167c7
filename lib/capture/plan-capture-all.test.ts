import { describe, expect, it } from 'vitest';
import { fixtureCaptures } from '../../tests/support/fixtures';
import {
  groupCountOf,
  groupRequestBody,
  type PortalView,
  planCaptureAll,
} from './plan-capture-all';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const VIEW: PortalView = {
  rootUnitId: PHU_THO,
  rootName: 'UBND tỉnh Phú Thọ',
  period: { type: 'month', year: 2026, number: 8 },
  scope: 'all',
};

describe('capture-all requests', () => {
  it('are byte-identical to the bodies the real page sent, for every group', () => {
    const captures = fixtureCaptures().filter((c) => c.file.startsWith('phu-tho-2026-08/'));
    expect(captures).toHaveLength(6);
    for (const capture of captures) {
      const endpoint = new URL(capture.url).pathname.replace('/api/v1/reporting/', '');
      expect(groupRequestBody(endpoint, VIEW), endpoint).toBe(JSON.stringify(capture.requestBody));
    }
  });

  it('plan only the groups still missing, in group order', () => {
    const plan = planCaptureAll(
      VIEW,
      new Set(['evaluation/transparency', 'evaluation/dossier-digitized']),
    );
    expect(plan.map((s) => s.endpoint)).toEqual([
      'evaluation/dvc-progress-tree',
      'evaluation/provide-online-tree',
      'evaluation/formality-online-payment-tree',
      'evaluation/handling-satisfaction',
    ]);
    expect(plan[0]?.label).toBe('Tiến độ giải quyết');
  });

  it('handle quarters, years and the TTHC filter as the portal does', () => {
    const quarter: PortalView = { ...VIEW, period: { type: 'quarter', year: 2026, number: 3 } };
    expect(JSON.parse(groupRequestBody('evaluation/transparency', quarter) ?? '')).toMatchObject({
      timeType: 'quarter',
      year: 2026,
      quarter: 3,
    });
    expect(
      JSON.parse(groupRequestBody('evaluation/handling-satisfaction', quarter) ?? ''),
    ).toMatchObject({
      fromDate: '2026-07-01',
      toDate: '2026-09-30',
    });
    const tthc: PortalView = { ...VIEW, scope: 'formality:abc' };
    expect(JSON.parse(groupRequestBody('evaluation/dossier-digitized', tthc) ?? '')).toMatchObject({
      formalityID: 'abc',
    });
    expect(JSON.parse(groupRequestBody('evaluation/transparency', tthc) ?? '')).toMatchObject({
      formalityId: 'abc',
    });
    expect(groupRequestBody('evaluation/handling-satisfaction', tthc)).toBeNull();
    expect(groupCountOf(tthc)).toBe(5);
    expect(groupCountOf(VIEW)).toBe(6);
    expect(groupCountOf({ ...VIEW, rootUnitId: 'NATION' })).toBe(0);
  });
});
