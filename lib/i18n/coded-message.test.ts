import { describe, expect, it } from 'vitest';
import { parseRatingBands } from '../analysis/ratings';
import { parseProfilesFile } from '../analysis/target-file';
import { coded, wordMessage } from './coded-message';

describe('messages carried as codes', () => {
  it('are worded in the reader language, fields and types included', () => {
    const message = coded('valWrongType', { field: 'fieldYear', kind: 'typeNumber' });
    expect(wordMessage(message, 'vi')).toBe('năm áp dụng phải là số');
    expect(wordMessage(message, 'en')).toBe('year must be a number');
    expect(
      wordMessage(
        coded('valRange', { field: 'fieldTargetMin', min: 0, max: 100, value: '120' }),
        'en',
      ),
    ).toBe('minimum threshold must be from 0 to 100 (got 120)');
  });

  it('leave a message without a code, or a broken one, as it is', () => {
    expect(wordMessage('Invalid input', 'en')).toBe('Invalid input');
    expect(wordMessage('i18n:{not json', 'vi')).toBe('i18n:{not json');
  });

  it('make a wrong profiles file and wrong rating bands read in English in the English UI', () => {
    const file = JSON.stringify({
      format: 'chiso766-target-profiles',
      version: 1,
      profiles: [{ id: 'a', name: 'A', years: [1999], rules: [] }],
    });
    const vi = parseProfilesFile(file);
    const en = parseProfilesFile(file, 'en');
    expect(vi).toEqual({
      ok: false,
      error:
        'Tệp bộ mục tiêu không hợp lệ: profiles[0].years[0]: năm áp dụng phải từ 2020 đến 2100 (nhận 1999).',
    });
    expect(en).toEqual({
      ok: false,
      error:
        'Invalid target-profile file: profiles[0].years[0]: year must be from 2020 to 2100 (got 1999).',
    });
    expect(parseProfilesFile('', 'en')).toEqual({
      ok: false,
      error: 'Invalid target-profile file: the file is empty.',
    });
    const bands = parseRatingBands([{ label: 'Tốt', min: 50 }], 'en');
    expect(bands).toEqual({
      ok: false,
      error:
        'Invalid rating bands: [0].min: the last band must start at 0 so that every score gets a rating.',
    });
    expect(JSON.stringify([vi, en, bands])).not.toContain('i18n:');
  });
});
