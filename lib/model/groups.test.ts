import { describe, expect, it } from 'vitest';
import { endpointLabel, GROUPS } from './groups';

describe('groups', () => {
  it('has six groups whose maxima add up to 100', () => {
    expect(GROUPS.map((g) => g.code)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    expect(GROUPS.reduce((sum, g) => sum + g.maxScore, 0)).toBe(100);
  });

  it('names endpoints for people, and leaves unknown ones as they are', () => {
    expect(endpointLabel('evaluation/transparency')).toBe('Công khai, minh bạch');
    expect(endpointLabel('evaluation/service-results', 'en')).toBe('Summary of results');
    expect(endpointLabel('evaluation/something-new')).toBe('evaluation/something-new');
  });
});
