import { describe, expect, it } from 'vitest';
import { readNumber, readProfileNumber } from './numbers';

describe('numbers typed by a person', () => {
  it('reads either decimal mark in a decimal column', () => {
    expect(readNumber('84,41', 'decimal')).toEqual({ ok: true, value: 84.41 });
    expect(readNumber('84.41', 'decimal')).toEqual({ ok: true, value: 84.41 });
    expect(readNumber(' 72,4 %', 'decimal')).toEqual({ ok: true, value: 72.4 });
    expect(readNumber('1.234,5', 'decimal')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber('1,234.5', 'decimal')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads grouped thousands in a count column and refuses fractions there', () => {
    expect(readNumber('1.234', 'count')).toEqual({ ok: true, value: 1234 });
    expect(readNumber('1,234', 'count')).toEqual({ ok: true, value: 1234 });
    expect(readNumber('184 503', 'count')).toEqual({ ok: true, value: 184503 });
    expect(readNumber('1.234.567', 'count')).toEqual({ ok: true, value: 1234567 });
    expect(readNumber('12,5', 'count')).toEqual({ ok: false, problem: 'not-whole' });
    expect(readNumber('1.234,5', 'count')).toEqual({ ok: false, problem: 'mixed-marks' });
    expect(readNumber('1.23.4', 'count')).toEqual({ ok: false, problem: 'not-whole' });
  });

  it('keeps an empty cell null, never 0, and refuses what is not a number', () => {
    for (const empty of ['', '  ', '-', '–']) {
      expect(readNumber(empty, 'decimal')).toEqual({ ok: true, value: null });
    }
    expect(readNumber('0', 'decimal')).toEqual({ ok: true, value: 0 });
    expect(readNumber('abc', 'decimal')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(readNumber('1,2,3', 'decimal')).toEqual({ ok: false, problem: 'mixed-marks' });
  });

  it('holds a long CSV to its profile’s decimal mark', () => {
    expect(readProfileNumber('-0,18', ',')).toEqual({ ok: true, value: -0.18 });
    expect(readProfileNumber('-0.18', '.')).toEqual({ ok: true, value: -0.18 });
    expect(readProfileNumber('37.45', ',')).toEqual({ ok: false, problem: 'mixed-marks' });
    expect(readProfileNumber('37,45', '.')).toEqual({ ok: false, problem: 'mixed-marks' });
    expect(readProfileNumber('', '.')).toEqual({ ok: true, value: null });
  });
});
