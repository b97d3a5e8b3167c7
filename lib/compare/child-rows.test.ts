import { describe, expect, it } from 'vitest';
import { PHU_THO } from '../../tests/support/compare-fixtures';
import { AUGUST } from '../../tests/support/two-month-suite';
import { childCount, filterChildren } from './child-rows';

/** Phú Thọ's August children as table rows, the province's own line first. */
const ROOT = {
  unit: { id: PHU_THO, code: null, name: 'UBND tỉnh Phú Thọ', kind: 'AGENCY' as const },
  isRoot: true,
};
const CHILDREN = [...AUGUST.values()].map((u) => ({
  unit: { id: u.id, code: null, name: u.name, kind: u.kind },
  isRoot: false,
}));
const communes = CHILDREN.filter((r) => r.unit.kind === 'COMMUNE');

describe('the children a comparison table shows', () => {
  it('keeps the root first whatever the filter keeps of the children', () => {
    const shown = filterChildren([ROOT, ...CHILDREN], { kind: 'COMMUNE' });
    expect(shown[0]).toBe(ROOT);
    expect(shown.slice(1)).toEqual(communes);
    expect(childCount(shown)).toBe(communes.length);
    expect(childCount([ROOT, ...CHILDREN])).toBe(AUGUST.size);
  });

  it('lets the below-target test and the search hide every child, never the root', () => {
    expect(filterChildren([ROOT, ...CHILDREN], { belowTargetOnly: true }, () => false)).toEqual([
      ROOT,
    ]);
    expect(filterChildren([ROOT, ...CHILDREN], { search: 'không có đơn vị này' })).toEqual([ROOT]);
  });

  it('adds no root to a table without one', () => {
    expect(filterChildren(CHILDREN, {})).toEqual(CHILDREN);
    expect(childCount(CHILDREN)).toBe(CHILDREN.length);
  });
});
