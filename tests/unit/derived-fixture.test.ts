// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCapture } from '../../lib/portal/api2026';
import { deriveAll, factorFor } from '../fixtures/portal-2026-derived/derive';

const DIR = join('tests', 'fixtures', 'portal-2026-derived');

describe('the derived 07/2026 test fixture', () => {
  const { index, files } = deriveAll();

  it('is exactly what derive.ts (documented in its README) produces', () => {
    expect(readFileSync(join(DIR, 'captures.json'), 'utf8')).toBe(index);
    expect(files.size).toBe(6);
    for (const [file, text] of files)
      expect(readFileSync(join(DIR, file), 'utf8'), file).toBe(text);
  });

  it('scales units by 0,90 … 1,10', () => {
    const factors = Array.from({ length: 164 }, (_, i) => factorFor(i));
    expect(Math.min(...factors)).toBeCloseTo(0.9);
    expect(Math.max(...factors)).toBeCloseTo(1.1);
  });

  it('parses as July 2026 for Phú Thọ, closed, with the same units', () => {
    const { captures } = JSON.parse(index) as {
      captures: { file: string; url: string; requestBody: unknown; capturedAt: string }[];
    };
    for (const capture of captures) {
      const result = parseCapture({
        url: capture.url,
        requestBody: JSON.stringify(capture.requestBody),
        status: 201,
        contentType: 'application/json; charset=utf-8',
        responseText: files.get(capture.file) ?? '',
        capturedAt: new Date(capture.capturedAt),
      });
      expect(result.ok, capture.file).toBe(true);
      if (!result.ok) continue;
      expect(result.value.context.period).toEqual({ type: 'month', year: 2026, number: 7 });
      expect(result.value.context.periodClosed).toBe(true);
      expect(result.value.units).toHaveLength(164);
    }
  });
});
