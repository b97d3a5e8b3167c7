import { describe, expect, it } from 'vitest';
import { childGroupKind, kindOfChildGroup, metricRowKind } from './units';

describe('unit kinds read from portal text', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'find nothing for "%s", a name every object inherits',
    (text) => {
      expect(metricRowKind({ departmentType: text, departmentLevel: null }, false)).toBeNull();
      expect(childGroupKind(text)).toBeNull();
      expect(() => kindOfChildGroup(text, 'tree', 'data.children[0]')).toThrow(/unknown unit kind/);
    },
  );

  it('read the kinds the portal sends', () => {
    expect(
      metricRowKind({ departmentType: 'PROVINCIAL_DEPARTMENT', departmentLevel: null }, false),
    ).toBe('AGENCY');
    expect(metricRowKind({ departmentType: null, departmentLevel: 'PROVINCE' }, true)).toBe(
      'PROVINCE',
    );
    expect(childGroupKind('COMMUNE')).toBe('COMMUNE');
  });
});
