import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRINGS, translate } from './strings';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('UI strings', () => {
  it('gives English every key Vietnamese has, with the same placeholders', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
    for (const [key, text] of Object.entries(STRINGS.vi)) {
      expect(placeholders(STRINGS.en[key as keyof typeof STRINGS.vi]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'storedCount', { count: 7 })).toBe('Đã lưu 7 bản ghi');
    expect(translate('en', 'storedCount')).toBe('{count} records stored');
  });

  it('has the same manifest messages in every locale', () => {
    const read = (locale: string) =>
      Object.keys(
        JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')),
      ).sort();
    expect(read('en')).toEqual(read('vi'));
  });
});
