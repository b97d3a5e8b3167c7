import { describe, expect, it } from 'vitest';
import { formatBytes, storageLevel, usedPercent } from './quota';

const GB = 1024 ** 3;

describe('storage care', () => {
  it('warns from 80 % of the quota and says to act from 95 %', () => {
    expect(storageLevel({ usage: 0.5 * GB, quota: 10 * GB })).toBe('ok');
    expect(storageLevel({ usage: 7.99 * GB, quota: 10 * GB })).toBe('ok');
    expect(storageLevel({ usage: 8 * GB, quota: 10 * GB })).toBe('near');
    expect(storageLevel({ usage: 9.5 * GB, quota: 10 * GB })).toBe('full');
    expect(storageLevel({ usage: 11 * GB, quota: 10 * GB })).toBe('full');
  });

  it('says nothing it does not know', () => {
    expect(storageLevel({ usage: null, quota: 10 * GB })).toBe('unknown');
    expect(storageLevel({ usage: 1, quota: 0 })).toBe('unknown');
    expect(usedPercent({ usage: 1, quota: null })).toBeNull();
  });

  it('puts usage in words: a share and a size', () => {
    expect(usedPercent({ usage: 1.234 * GB, quota: 10 * GB })).toBe(12.3);
    expect(formatBytes(512, 'vi')).toBe('512 B');
    expect(formatBytes(12.44 * 1024 * 1024, 'vi')).toBe('12,4 MB');
    expect(formatBytes(12.44 * 1024 * 1024, 'en')).toBe('12.4 MB');
    expect(formatBytes(3 * GB, 'vi')).toBe('3 GB');
  });
});
