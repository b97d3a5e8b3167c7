import { describe, expect, it } from 'vitest';
import { GROUPS, subjectLabel } from './groups';

describe('groups', () => {
  it('has six groups whose maxima add up to 100', () => {
    expect(GROUPS.map((g) => g.code)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    expect(GROUPS.reduce((sum, g) => sum + g.maxScore, 0)).toBe(100);
  });

  it('names what a capture is about for people, and leaves unknown ones as they are', () => {
    expect(subjectLabel('CKMB', 'x')).toBe('Công khai, minh bạch');
    expect(subjectLabel('TOTAL', 'x', 'en')).toBe('Summary of results');
    expect(subjectLabel(null, 'evaluation/something-new')).toBe('evaluation/something-new');
  });
});
